// 903 rule 210: a child with UPN UN4 (unknown: new to the authority or looked after for under a
// week) cannot have an episode starting on or after 24 March of the collection year; both the
// episode and the header row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Date week_before = *end - 7;  // 24 March
  const Table& header = r.table("Header");
  const Table& eps = r.table("Episodes");
  const int upn = header.column("UPN"), decom = eps.column("DECOM");
  std::unordered_map<std::string_view, std::size_t> un4;
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (header.text(row, upn) == "UN4") un4.emplace(header.child(row), row);
  std::unordered_set<std::size_t> flagged_headers;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    auto it = un4.find(eps.child(row));
    const OptDate d = eps.date(row, decom);
    if (it == un4.end() || !d || *d < week_before) continue;
    found.flag(eps, row);
    if (flagged_headers.insert(it->second).second) found.flag(header, it->second);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "210",
    .message = "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.",
    .tables = "Header,Episodes",
    .fields = "UPN,DECOM",
    .check = check,
    .examples = {R"(
year 2020
--- Header
CHILD,UPN
! 1,UN4
2,
3,UN3
4,UN4
--- Episodes
CHILD,DECOM
1,01/01/2020
! 1,24/03/2020
! 1,30/03/2020
2,30/03/2020
3,30/03/2020
4,23/03/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
