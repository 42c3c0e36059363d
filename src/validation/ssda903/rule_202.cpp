// 903 rule 202: a child's sex agrees with last year's return (1 and 2 read as M and F across the
// change of codes in 2024-25).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& last = r.table("Header_last");
  const int sex = header.column("SEX"), sex_last = last.column("SEX");
  std::unordered_map<std::string_view, std::string_view> before;
  for (std::size_t row = 0; row < last.rows(); ++row)
    before.emplace(last.child(row), s903::sex_as_letter(last.text(row, sex_last)));
  for (std::size_t row = 0; row < header.rows(); ++row) {
    auto it = before.find(header.child(row));
    if (it != before.end() && s903::sex_as_letter(header.text(row, sex)) != it->second) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "202",
    .message = "The gender code conflicts with the gender already recorded for this child.",
    .tables = "Header,Header_last",
    .fields = "SEX",
    .check = check,
    .examples = {R"(
year 2025
--- Header_last
CHILD,SEX
1,1
2,2
3,M
5,1
--- Header
CHILD,SEX
1,M
! 2,M
3,M
4,F
! 5,
)"},
}};

}  // namespace
}  // namespace lens::validation
