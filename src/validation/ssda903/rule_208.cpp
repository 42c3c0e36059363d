// 903 rule 208: a child's UPN agrees with last year's, except that an unknown UPN may become
// known, and UN1 (or blank) may become another unknown code (UN2 to UN5).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

bool is_unknown_code(std::string_view upn) { return s903::one_of(upn, {"UN1", "UN2", "UN3", "UN4", "UN5"}); }

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& last = r.table("Header_last");
  const int upn = header.column("UPN"), upn_last = last.column("UPN");
  std::unordered_map<std::string_view, std::string_view> before;
  for (std::size_t row = 0; row < last.rows(); ++row) before.emplace(last.child(row), last.text(row, upn_last));
  auto upper = [](std::string_view s) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
  };
  for (std::size_t row = 0; row < header.rows(); ++row) {
    auto it = before.find(header.child(row));
    if (it == before.end()) continue;
    const std::string now = upper(header.text(row, upn)), then = upper(it->second);
    if (now == then) continue;
    const bool to_other_unknown = (then.empty() || then == "UN1") && is_unknown_code(now) && now != "UN1";
    const bool became_known = (then.empty() || is_unknown_code(then)) && !now.empty() && !is_unknown_code(now);
    if (!to_other_unknown && !became_known) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "208",
    .message = "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.",
    .tables = "Header,Header_last",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
--- Header_last
CHILD,UPN
1,UN5
2,X888888888888
3,UN1
4,UN1
5,
6,UN4
7,UN1
8,
9,a000000000000
10,
--- Header
CHILD,UPN
1,H801200001001
! 2,X999999999999
3,UN1
4,UN2
5,
! 6,UN3
! 7,
8,UN4
9,A000000000000
! 10,UN1
11,UN5
)"},
}};

}  // namespace
}  // namespace lens::validation
