// CIN rule 4008: a CIN plan cannot start after the child's date of death. The plan's row is
// flagged (the DfE names the ChildIdentifiers module; the plan is where the date to fix is).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_after_death(r, found, "CINplanDates", "CINPlanStartDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4008",
    .message = "CIN Plan shown as starting after the child’s Date of Death.",
    .tables = "ChildIdentifiers",
    .fields = "PersonDeathDate,CINPlanStartDate",
    .check = check,
    .examples = {R"(
# A died on 2023-08-01: a plan starting that day is fine, one starting the next is not.
# B has no date of death.
--- ChildIdentifiers
LAchildID,PersonDeathDate
A,2023-08-01
B,
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-08-01,
! A,2,2023-08-02,
B,1,2030-01-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
