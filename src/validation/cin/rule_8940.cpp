// CIN rule 8940: a child's protection plans cannot overlap: no plan may start on or after
// another's start and on or before its end (or, the other being open, on or before 31 March).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_overlapping_starts(r, found, "ChildProtectionPlans", "CPPstartDate", "CPPendDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8940",
    .message = "Child Protection Plan data contains overlapping dates",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,CPPendDate",
    .check = check,
    .examples = {R"(
# A: the second starts inside the first. B: a day apart. C: starts while the other is open.
year 2024
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-05-26,2023-10-26
! A,1,2,2023-08-26,2023-12-26
B,1,1,2023-05-26,2023-10-25
B,1,2,2023-10-26,
C,1,1,2023-05-26,
! C,2,1,2024-03-31,
)"},
}};

}  // namespace
}  // namespace lens::validation
