#include "measures/indicators/open_plans.hpp"

#include <algorithm>

namespace lens::measures {

std::vector<ChildOnPlan> children_on_plan_at_end(const Scope& s) {
  const auto& p = s.snapshot().plans();
  // Plan rows are in start order within an authority, and a child's plans are all in one
  // authority, so per child the smallest row is the earliest plan and the largest the latest.
  std::vector<std::uint64_t> open;  // child << 32 | row, sorted
  for (std::uint32_t r : s.plans_not_ended_by_end())
    if (p.start[r] <= s.end()) open.push_back(std::uint64_t{p.child[r]} << 32 | r);
  std::sort(open.begin(), open.end());
  std::vector<ChildOnPlan> out;
  for (std::size_t i = 0; i < open.size();) {
    const auto child = static_cast<std::uint32_t>(open[i] >> 32);
    std::size_t j = i;
    while (j + 1 < open.size() && (open[j + 1] >> 32) == child) ++j;
    out.push_back({child, static_cast<std::uint32_t>(open[i]), static_cast<std::uint32_t>(open[j])});
    i = j + 1;
  }
  return out;
}

}  // namespace lens::measures
