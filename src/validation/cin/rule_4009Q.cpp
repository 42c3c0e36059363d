// CIN rule 4009Q: a CIN plan should not end after the child's date of death.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_after_death(r, found, "CINplanDates", "CINPlanEndDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4009Q",
    .severity = Severity::Warning,
    .message = "CIN Plan cannot end after the child’s Date of Death",
    .tables = "ChildIdentifiers",
    .fields = "PersonDeathDate,CINPlanEndDate",
    .check = check,
    .examples = {R"(
# A died on 2023-08-01: ending that day is fine, the day after is queried; an open plan is not
# this rule's business.
--- ChildIdentifiers
LAchildID,PersonDeathDate
A,2023-08-01
B,
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-06-01,2023-08-01
! A,2,2023-06-01,2023-08-02
A,3,2023-06-01,
B,1,2023-06-01,2023-09-01
)"},
}};

}  // namespace
}  // namespace lens::validation
