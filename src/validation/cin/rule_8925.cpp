// CIN rule 8925: a child protection plan cannot end before it starts.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("ChildProtectionPlans");
  const int start = plans.column("CPPstartDate"), end = plans.column("CPPendDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate s = plans.date(row, start), e = plans.date(row, end);
    if (s && e && *e < *s) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8925",
    .message = "Child Protection Plan End Date earlier than Start Date",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,CPPendDate",
    .check = check,
    .examples = {R"(
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-06-01,2023-06-02
! A,1,2,2023-06-01,2023-05-31
B,1,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
