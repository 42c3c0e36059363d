#include "measures/indicators/open_plans.hpp"

#include <algorithm>

namespace lens::measures {

std::vector<ChildOnPlan> children_on_plan_at_end(const Scope& s) {
  const auto& p = s.snapshot().plans();
  // Rows come in start order within each authority, so after a stable sort by child the first
  // row of a child is its earliest open plan and the last its latest.
  std::vector<std::uint32_t> open;
  for (std::uint32_t r : s.plans_started_by_end())
    if (s.open_at_end(p.start[r], p.end[r])) open.push_back(r);
  std::stable_sort(open.begin(), open.end(), [&](auto a, auto b) { return p.child[a] < p.child[b]; });
  std::vector<ChildOnPlan> out;
  for (std::size_t i = 0; i < open.size();) {
    std::size_t j = i;
    while (j + 1 < open.size() && p.child[open[j + 1]] == p.child[open[i]]) ++j;
    out.push_back({p.child[open[i]], open[i], open[j]});
    i = j + 1;
  }
  return out;
}

}  // namespace lens::measures
