// CIN rule 4012Q: a CIN plan starting and ending on the same day is queried.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("CINplanDates");
  const int start = plans.column("CINPlanStartDate"), end = plans.column("CINPlanEndDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate s = plans.date(row, start), e = plans.date(row, end);
    if (s && e && *e == *s) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4012Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
    .tables = "CINplanDates",
    .fields = "CINPlanStartDate,CINPlanEndDate",
    .check = check,
    .examples = {R"(
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-06-01,2023-06-02
! A,2,2023-06-01,2023-06-01
B,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
