// CIN rule 4010: a CIN plan must have a start date, on or before the end of the collection year
// (31 March). A plan may have started in an earlier year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("CINplanDates");
  const int start = plans.column("CINPlanStartDate");
  const OptDate end = collection_end(r);
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate d = plans.date(row, start);
    if (!d || (end && *d > *end)) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4010",
    .message = "CIN Plan start date is missing or out of data collection period",
    .tables = "CINplanDates",
    .fields = "CINPlanStartDate",
    .check = check,
    .examples = {R"(
year 2024
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate
A,1,2024-03-31
A,2,2022-01-01
! A,3,2024-04-01
! B,1,
! B,2,2024-02-30
)"},
}};

}  // namespace
}  // namespace lens::validation
