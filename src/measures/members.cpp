#include "measures/members.hpp"

#include <algorithm>

#include "measures/scope.hpp"
#include "measures/tally.hpp"

namespace lens::measures {

std::vector<ChildMember> members_of(const Snapshot& s, const Indicator& indicator, const Period& period,
                                    const std::vector<std::string>& authorities) {
  const Indicator* counted = &indicator;
  if (!indicator.rate_of.empty()) {
    counted = find_indicator(indicator.rate_of);
    if (!counted) throw MeasuresError("indicator " + std::string(indicator.id) + " is a rate of an unregistered one");
  }
  std::vector<std::uint16_t> rows;
  if (authorities.empty()) {
    for (std::size_t i = 0; i < s.authorities().size(); ++i) rows.push_back(static_cast<std::uint16_t>(i));
  } else {
    for (const auto& code : authorities) {
      const int i = s.find_authority(code);
      if (i < 0) throw MeasuresError("there are no records for LA " + code + " in the data");
      rows.push_back(static_cast<std::uint16_t>(i));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  }
  Tally tally(s, {});
  tally.keep_members();
  counted->compute(Scope(s, period, rows), tally);

  // One row per child, in snapshot order (child rows are grouped by authority).
  std::vector<Member> items = tally.members();
  std::stable_sort(items.begin(), items.end(), [](const Member& a, const Member& b) { return a.child < b.child; });
  std::vector<ChildMember> out;
  for (std::size_t i = 0; i < items.size();) {
    const std::uint32_t child = items[i].child;
    ChildMember m;
    m.la = s.authorities()[s.children().authority[child]].code;
    m.child_id = s.children().id(child);
    for (; i < items.size() && items[i].child == child; ++i) {
      ++m.items;
      m.numerator += items[i].numerator;
    }
    out.push_back(m);
  }
  return out;
}

}  // namespace lens::measures
