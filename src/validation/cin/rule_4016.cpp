// CIN rule 4016: a CIN plan cannot start while one of the child's protection plans is open: on
// or after the protection plan's start and before its end, or, the protection plan having no
// end, on or before 31 March. A CIN plan may start the day a protection plan ends.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const auto protection = periods_by_child(r.table("ChildProtectionPlans"), "CPPstartDate", "CPPendDate");
  if (protection.empty()) return;
  const OptDate reference = collection_end(r);
  const Table& plans = r.table("CINplanDates");
  for (const auto& [child, periods] : periods_by_child(plans, "CINPlanStartDate", "CINPlanEndDate")) {
    auto cpp = protection.find(child);
    if (cpp == protection.end()) continue;
    for (const Period& plan : periods)
      for (const Period& p : cpp->second)
        if (p.open_on(plan.start, reference)) {
          found.flag(plans, plan.row);
          break;
        }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4016",
    .message = "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    .tables = "CINplanDates",
    .fields = "CINPlanStartDate,CPPstartDate,CPPendDate",
    .check = check,
    .examples = {R"(
# A's protection plans: 2023-05-26 to 2023-05-30, and from 2023-06-26, open. CIN plans before
# the first, on its end day and between the two are fine; during either is not. B: a CIN plan
# starting the day a protection plan starts. C: no protection plan.
year 2024
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-05-26,2023-05-30
A,1,2,2023-06-26,
B,1,1,2023-10-26,2023-12-10
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-04-04,2023-05-26
! A,1,2023-05-28,
A,1,2023-05-30,2023-06-26
! A,1,2024-03-31,
! B,1,2023-10-26,
C,1,2023-06-04,
)"},
}};

}  // namespace
}  // namespace lens::validation
