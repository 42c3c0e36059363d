// CIN rule 4017: a child protection plan cannot start while one of the child's CIN plans is
// open: on or after the CIN plan's start and before its end, or, the CIN plan having no end, on
// or before 31 March. The CIN plan that was open is flagged (the DfE names the CINplanDates
// module); a protection plan may start the day a CIN plan ends.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("CINplanDates");
  const auto cin_plans = periods_by_child(plans, "CINPlanStartDate", "CINPlanEndDate");
  if (cin_plans.empty()) return;
  const OptDate reference = collection_end(r);
  std::vector<bool> flagged(plans.rows());  // a CIN plan is reported once, however many start in it
  for (const auto& [child, periods] : periods_by_child(r.table("ChildProtectionPlans"), "CPPstartDate", "CPPendDate")) {
    auto cin = cin_plans.find(child);
    if (cin == cin_plans.end()) continue;
    for (const Period& cpp : periods)
      for (const Period& p : cin->second)
        if (!flagged[p.row] && p.open_on(cpp.start, reference)) {
          flagged[p.row] = true;
          found.flag(plans, p.row);
        }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4017",
    .message = "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    .tables = "CINplanDates",
    .fields = "CINPlanStartDate,CINPlanEndDate,CPPstartDate",
    .check = check,
    .examples = {R"(
# A's first CIN plan (to 2023-05-30) contains a protection plan start; one starting on its end
# day is fine. A's open CIN plan from 2023-06-26 contains one starting on 31 March. B: the
# protection plan starts before the CIN plan. C: no CIN plan.
year 2024
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
! A,1,2023-05-26,2023-05-30
! A,1,2023-06-26,
B,1,2023-10-26,2023-12-10
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-05-28,2023-05-30
A,1,2,2023-05-30,2023-06-01
A,1,3,2024-03-31,
B,1,1,2023-10-25,
C,1,1,2023-06-04,
)"},
}};

}  // namespace
}  // namespace lens::validation
