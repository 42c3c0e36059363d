// 903 rule 204: a child's ethnicity agrees with last year's return.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& last = r.table("Header_last");
  const int ethnic = header.column("ETHNIC"), ethnic_last = last.column("ETHNIC");
  std::unordered_map<std::string_view, std::string_view> before;
  for (std::size_t row = 0; row < last.rows(); ++row) before.emplace(last.child(row), last.text(row, ethnic_last));
  for (std::size_t row = 0; row < header.rows(); ++row) {
    auto it = before.find(header.child(row));
    if (it != before.end() && header.text(row, ethnic) != it->second) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "204",
    .message = "Ethnic origin code disagrees with the ethnic origin already recorded for this child.",
    .tables = "Header,HEader_last",
    .fields = "ETHNIC",
    .check = check,
    .examples = {R"(
--- Header_last
CHILD,ETHNIC
1,WBRI
2,WBRI
--- Header
CHILD,ETHNIC
1,WBRI
! 2,WIRI
3,NOBT
)"},
}};

}  // namespace
}  // namespace lens::validation
