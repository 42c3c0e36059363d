// CIN rule 8720: a child protection plan must have a start date, on or before 31 March of the
// collection year (a plan may have started in an earlier year).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  const Table& plans = r.table("ChildProtectionPlans");
  const int start = plans.column("CPPstartDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate d = plans.date(row, start);
    if (!d || (end && *d > *end)) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8720",
    .message = "Child Protection Plan Start Date missing or out of data collection period",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,ReferenceDate",
    .check = check,
    .examples = {R"(
year 2024
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
A,1,1,2024-03-31
A,1,2,2021-06-01
! A,1,3,2024-04-01
! B,1,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
