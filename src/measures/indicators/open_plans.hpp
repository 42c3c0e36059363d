// open_plans.hpp — the children on a child protection plan at the end of a period, each with the
// plans they had open then. Shared by the "at end" CP indicators.
//
// A plan is open at end when it started on or before the period's last day and ended after it
// or not at all. A child normally has one open plan; when the data has two (a new plan
// recorded before the old one was closed), `earliest` is the one open longest (how long the
// child has been on a plan) and `latest` the current one (its category and its reviews).
#pragma once

#include <cstdint>
#include <vector>

#include "measures/scope.hpp"

namespace lens::measures {

struct ChildOnPlan {
  std::uint32_t child;
  std::uint32_t earliest;  // plan rows
  std::uint32_t latest;
};

std::vector<ChildOnPlan> children_on_plan_at_end(const Scope& scope);

}  // namespace lens::measures
