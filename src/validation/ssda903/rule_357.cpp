// 903 rule 357: a child's first episode (earliest DECOM), when it starts in the collection year
// or later, begins a period of care: RNE S.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), rne = eps.column("RNE");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps)) {
    auto first = std::find_if(rows.begin(), rows.end(), [&](std::size_t row) { return eps.date(row, decom).has_value(); });
    if (first != rows.end() && *eps.date(*first, decom) >= *start && eps.text(*first, rne) != "S")
      found.flag(eps, *first);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "357",
    .message = "If this is the first episode ever for this child, reason for new episode must be S. Check whether there is an episode immediately preceding this one, which has been left out. If not the reason for new episode code must be amended to S.",
    .tables = "Episodes",
    .fields = "RNE",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,RNE
! 1,01/04/2020,P
2,01/05/2020,S
2,01/06/2020,P
! 3,10/06/2020,
3,01/07/2020,S
# began before the collection year: its first episode may be in an earlier return
4,31/03/2020,P
5,,P
5,01/05/2020,S
)"},
}};

}  // namespace
}  // namespace lens::validation
