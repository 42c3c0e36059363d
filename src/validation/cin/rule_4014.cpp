// CIN rule 4014: a child's CIN plans cannot overlap: no plan may start on or after another's
// start and on or before its end (or, the other being open, on or before 31 March). A plan
// starting the day another ends overlaps it; the plan that starts within another is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_overlapping_starts(r, found, "CINplanDates", "CINPlanStartDate", "CINPlanEndDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4014",
    .message = "CIN Plan data contains overlapping dates",
    .tables = "CINplanDates",
    .fields = "CINPlanStartDate,CINPlanEndDate",
    .check = check,
    .examples = {R"(
# A: the second plan starts inside the first. B: back to back, a day apart (fine). C: starts the
# day the other ends (overlap). D: starts while the other is open. E: two plans on the same day
# (each starts within the other). F: plans in different episodes overlap all the same.
year 2024
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-05-26,2023-10-26
! A,1,2023-08-26,2023-12-26
B,1,2023-05-26,2023-10-25
B,1,2023-10-26,2023-12-26
C,1,2023-10-26,2024-03-31
! C,1,2024-03-31,
D,1,2023-05-26,
! D,1,2023-08-26,2023-10-26
! E,1,2024-03-31,
! E,1,2024-03-31,
F,1,2023-05-01,2023-09-01
! F,2,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
