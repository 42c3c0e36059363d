// CIN rule 4004: within an episode, at most one CIN plan may be open (no end date). When two or
// more are, each open one is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("CINplanDates");
  const int end = plans.column("CINPlanEndDate");
  flag_when_several_open(found, plans, rows_by_episode(plans), [&](std::size_t row) { return plans.blank(row, end); });
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4004",
    .message = "This child is showing more than one open CIN Plan, i.e. with no End Date",
    .tables = "CINplanDates",
    .fields = "CINPlanEndDate",
    .check = check,
    .examples = {R"(
# A1 has two open plans (both flagged) and an ended one; A2 has one open plan; B1 one open.
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
! A,1,2023-05-01,
A,1,2023-04-01,2023-04-30
! A,1,2023-06-01,
A,2,2023-06-01,
B,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
