#include "measures/indicators/looked_after_rows.hpp"

namespace lens::measures {

std::vector<ChildLookedAfter> children_looked_after_at_end(const Scope& s) {
  const auto& e = s.snapshot().lac_episodes();
  std::vector<ChildLookedAfter> out;
  for (std::uint32_t r : s.lac_episodes_not_ended_by_end())
    if (e.start[r] <= s.end()) out.push_back({e.child[r], r, period_start_of(e, r), placement_start_of(e, r)});
  return out;
}

std::uint32_t period_start_of(const LacEpisodeColumns& e, std::uint32_t row) {
  while (!e.has(row, LacEpisodeColumns::kPeriodStart)) --row;  // a child's first episode starts a period
  return row;
}

std::uint32_t placement_start_of(const LacEpisodeColumns& e, std::uint32_t row) {
  while (!e.has(row, LacEpisodeColumns::kNewPlacement)) --row;  // a period's first episode starts a placement
  return row;
}

std::uint32_t first_episode_of_child(const LacEpisodeColumns& e, std::uint32_t row) {
  while (row > 0 && e.child[row - 1] == e.child[row]) --row;
  return row;
}

int collection_year_of(const Scope& s) {
  const Date end = s.period().end;
  return end.month() >= 4 ? end.year() + 1 : end.year();
}

std::int32_t plus_months(std::int32_t day, int months) { return add_months(Date::from_days(day), months).days(); }

}  // namespace lens::measures
