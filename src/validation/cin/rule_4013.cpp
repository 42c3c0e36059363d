// CIN rule 4013: a CIN plan end date, where present, must be within the collection year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("CINplanDates");
  const int end = plans.column("CINPlanEndDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate e = plans.date(row, end);
    if (e && !cin_rules::in_collection_year(r, *e)) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4013",
    .message = "CIN Plan end date must fall within the census year",
    .tables = "CINplanDates",
    .fields = "CINPlanEndDate,ReferenceDate",
    .check = check,
    .examples = {R"(
# 2023-24: 1 April 2023 and 31 March 2024 are in; the days either side are out.
year 2024
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-01-01,2023-04-01
A,2,2023-06-01,2024-03-31
! A,3,2023-01-01,2023-03-31
! A,4,2023-06-01,2024-04-01
B,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
