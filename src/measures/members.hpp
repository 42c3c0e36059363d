// members.hpp — the children behind an indicator's figure, for the people allowed to see them.
//
// members_of computes one indicator for an area and period exactly as the engine does, with the
// Tally keeping its members (tally.hpp), and gives one row per child: how many of the
// indicator's items are the child's (its part of the denominator, or of a count) and what they
// added to the numerator (items in the numerator for a percentage, the count itself for a
// count, the sum of the working days or days for a mean). A rate per 10,000 lists the members
// of the count it divides. Children come in snapshot order: by authority, then as the source
// gave them (LA child id order from a store). An authority the snapshot does not hold is a
// MeasuresError, as in compute(). Single-threaded; the snapshot is only read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "measures/engine.hpp"

namespace lens::measures {

struct ChildMember {
  std::string_view la;        // DfE number; views into the snapshot, valid while it lives
  std::string_view child_id;  // LA child id
  std::int64_t items = 0;
  std::int64_t numerator = 0;
};

std::vector<ChildMember> members_of(const Snapshot& snapshot, const Indicator& indicator, const Period& period,
                                    const std::vector<std::string>& authorities);

}  // namespace lens::measures
