// CIN rule 8920: a child protection plan cannot end after the child's date of death.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_after_death(r, found, "ChildProtectionPlans", "CPPendDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8920",
    .message = "Child Protection Plan cannot end after the child’s Date of Death",
    .tables = "ChildProtectionPlans",
    .fields = "PersonDeathDate,CPPendDate",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,PersonDeathDate
A,2023-08-01
B,
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-06-01,2023-08-01
! A,1,2,2023-06-01,2023-08-02
A,1,3,2023-06-01,
B,1,1,2023-06-01,2023-09-01
)"},
}};

}  // namespace
}  // namespace lens::validation
