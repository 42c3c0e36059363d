// CIN rule 8910: every child protection plan must have a latest category of abuse from the
// Category of Abuse list.
#include "returns/cin/cin_codes.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("ChildProtectionPlans");
  const int category = plans.column("LatestCategoryOfAbuse");
  for (std::size_t row = 0; row < plans.rows(); ++row)
    if (!lens::cin::is_valid_code(lens::cin::CodeList::CategoryOfAbuse, plans.text(row, category))) found.flag(plans, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8910",
    .message = "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
    .tables = "ChildProtectionPlans",
    .fields = "LatestCategoryOfAbuse",
    .check = check,
    .examples = {R"(
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,LatestCategoryOfAbuse
A,1,1,2023-05-01,NEG
A,1,2,2023-08-01,MUL
! B,1,1,2023-05-01,
! B,1,2,2023-08-01,XYZ
)"},
}};

}  // namespace
}  // namespace lens::validation
