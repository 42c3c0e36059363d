// 903 rule 562: a child whose first episode this year (of those starting before 1 April) began
// last year must have it as the last episode of last year's return, with the same start date.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start || !r.has("Episodes_last")) return;
  const Table& eps = r.table("Episodes");
  const Table& last = r.table("Episodes_last");
  const int decom_last = last.column("DECOM");
  const auto last_row = ssda903_rules::last_episode_last_year(r);
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto first = ssda903_rules::first_dated(seq, i);
    if (!first || !(*seq.date(*first) < *start)) continue;
    auto l = last_row.find(seq.child(i));
    if (l == last_row.end() || last.date(l->second, decom_last) != seq.date(*first)) found.flag(eps, *first);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "562",
    .message = "Episode commenced before the start of the current collection year but there is a missing continuous "
               "episode in the previous year.",
    .tables = "Episodes,Episodes_last",
    .fields = "DECOM",
    .check = check,
    .examples = {R"(
# 1: began 15/03 and is last year's last episode; 2: last year's last began on another day;
# 3: not in last year's return; 4: began this year (1 April).
year 2022
--- Episodes
CHILD,DECOM
1,15/03/2021
1,05/06/2021
! 2,13/03/2021
2,08/06/2021
! 3,01/01/2021
4,01/04/2021
--- Episodes_last
CHILD,DECOM
1,01/06/2020
1,15/03/2021
2,11/03/2021
4,06/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
