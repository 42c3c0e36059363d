// CIN rule 8930: a child protection plan's end date, where present, must be within the
// collection year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("ChildProtectionPlans");
  const int end = plans.column("CPPendDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate e = plans.date(row, end);
    if (e && !cin_rules::in_collection_year(r, *e)) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8930",
    .message = "Child Protection Plan End Date must fall within the census year",
    .tables = "ChildProtectionPlans",
    .fields = "CPPendDate,ReferenceDate",
    .check = check,
    .examples = {R"(
year 2024
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-01-01,2023-04-01
A,1,2,2023-06-01,2024-03-31
! B,1,1,2023-01-01,2023-03-31
! B,1,2,2023-06-01,2024-04-01
C,1,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
