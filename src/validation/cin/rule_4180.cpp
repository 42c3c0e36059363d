// CIN rule 4180: the child's sex must be present and a code of the year's list: M, F or U from
// 2024-25 (the Sex element); 1, 2 or 0 before (GenderCurrent, whose rule said "Gender is
// missing"). The message is the current one.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int sex = cin_rules::sex_column(children);
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (!cin_rules::is_valid_sex(r, children.text(row, sex))) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4180",
    .message = "Sex must be provided and equal M, F, or U",
    .tables = "ChildIdentifiers",
    .fields = "Sex",
    .check = check,
    .examples = {R"(
year 2025
--- ChildIdentifiers
LAchildID,GenderCurrent
1,M
2,F
3,U
! 4,
! 5,Male
! 6,1
)",
                 R"(
# 2023-24: the codes were 1, 2 and 0.
year 2024
--- ChildIdentifiers
LAchildID,GenderCurrent
1,1
2,0
! 3,M
! 4,
)"},
}};

}  // namespace
}  // namespace lens::validation
