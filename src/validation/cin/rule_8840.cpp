// CIN rule 8840: a child protection plan cannot start and end on the same day.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("ChildProtectionPlans");
  const int start = plans.column("CPPstartDate"), end = plans.column("CPPendDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate s = plans.date(row, start), e = plans.date(row, end);
    if (s && e && *s == *e) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8840",
    .message = "Child Protection Plan cannot start and end on the same day",
    .tables = "ChildProtectionPlans",
    // The DfE's list also names the module itself.
    .fields = "CPPstartDate,CPPendDate",
    .check = check,
    .examples = {R"(
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-05-01,2023-05-02
! A,1,2,2023-06-01,2023-06-01
B,1,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
