// CIN rule 8730: every child protection plan must say how many plans the child had before: a
// whole number, zero or more.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("ChildProtectionPlans");
  const int previous = plans.column("NumberOfPreviousCPP");
  for (std::size_t row = 0; row < plans.rows(); ++row)
    if (!cin_rules::all_digits(plans.text(row, previous))) found.flag(plans, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8730",
    .message = "Total Number of previous Child Protection Plans missing",
    .tables = "ChildProtectionPlans",
    .fields = "NumberOfPreviousCPP",
    .check = check,
    .examples = {R"(
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,NumberOfPreviousCPP
A,1,1,2023-06-01,0
B,1,1,2023-06-01,3
! C,1,1,2023-06-01,
! D,1,1,2023-06-01,-1
! E,1,1,2023-06-01,two
)"},
}};

}  // namespace
}  // namespace lens::validation
