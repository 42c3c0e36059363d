// CIN rule 8915: a child protection plan cannot start after the child's date of death.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_after_death(r, found, "ChildProtectionPlans", "CPPstartDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8915",
    .message = "Child Protection Plan shown as starting after the child’s Date of Death",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,PersonDeathDate",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,PersonDeathDate
A,2023-08-01
B,
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-08-01,
! A,1,2,2023-08-02,
B,1,1,2023-09-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
