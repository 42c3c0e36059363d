// CIN rule 4011: a CIN plan cannot end before it starts (the same day is rule 4012Q's query).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("CINplanDates");
  const int start = plans.column("CINPlanStartDate"), end = plans.column("CINPlanEndDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate s = plans.date(row, start), e = plans.date(row, end);
    if (s && e && *e < *s) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4011",
    .message = "CIN Plan End Date earlier than Start Date",
    .tables = "CINplanDates",
    .fields = "CINPlanEndDate,CINPlanStartDate",
    .check = check,
    .examples = {R"(
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-06-01,2023-06-02
A,2,2023-06-01,2023-06-01
! A,3,2023-06-01,2023-05-31
B,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
