// 903 rule 101: the child's sex must be a code of the year: 1 or 2 until 2023-24, M, F or U
// from 2024-25 (blank is an error too).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int sex = header.column("SEX");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    const std::string_view v = header.text(row, sex);
    const bool valid = s903::sex_codes_are_letters(r.collection_year) ? s903::one_of(v, {"M", "F", "U"})
                                                                       : s903::one_of(v, {"1", "2"});
    if (!valid) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "101",
    .message = "The child or young person’s reported sex is not valid.",
    .tables = "Header",
    .fields = "SEX",
    .check = check,
    .examples = {R"(
# 2024-25 and after: M, F, U.
year 2025
--- Header
CHILD,SEX
1,M
2,F
3,U
! 4,1
! 5,
! 6,m
)",
R"(
# Until 2023-24: 1 and 2.
year 2024
--- Header
CHILD,SEX
1,1
2,2
! 3,M
! 4,0
)"},
}};

}  // namespace
}  // namespace lens::validation
