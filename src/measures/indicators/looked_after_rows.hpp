// looked_after_rows.hpp — what the looked-after (SSDA903) indicators share: the children looked
// after at the end of a period, with the episode, period of care and placement each is in then;
// the walks along one child's episodes; and the collection year a period's annual tables
// (OC2, OC3) come from.
//
// Looked after at end: an episode (short breaks are never in the snapshot) started on or before
// the period's last day and ended after it or not at all. The snapshot keeps at most one open
// episode per child on any day (snapshot.hpp), so each child appears once.
#pragma once

#include <cstdint>
#include <vector>

#include "measures/scope.hpp"

namespace lens::measures {

struct ChildLookedAfter {
  std::uint32_t child;
  std::uint32_t episode;    // looked-after episode row open on the last day
  std::uint32_t period;     // the first episode row of its period of care
  std::uint32_t placement;  // the first episode row of its placement
};

std::vector<ChildLookedAfter> children_looked_after_at_end(const Scope& scope);

// The first episode row of the period of care (or placement) that episode `row` belongs to.
std::uint32_t period_start_of(const LacEpisodeColumns& e, std::uint32_t row);
std::uint32_t placement_start_of(const LacEpisodeColumns& e, std::uint32_t row);

// The first episode row of the child that episode `row` belongs to.
std::uint32_t first_episode_of_child(const LacEpisodeColumns& e, std::uint32_t row);

// The 903 collection year the period ends in: that of the 31 March on or after its last day
// (2016-17 -> 2017). OC2 and OC3 are annual tables; a shorter period reads its year's.
int collection_year_of(const Scope& scope);

// `day` plus calendar months, clamped to the month's end (spec conventions).
std::int32_t plus_months(std::int32_t day, int months);

}  // namespace lens::measures
