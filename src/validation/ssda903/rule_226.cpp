// 903 rule 226: a temporary placement (T0 to T4) has no reason for placement change, nor has the
// episode before it (by DECOM).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rpc = eps.column("REASON_PLACE_CHANGE"), place = eps.column("PLACE");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps))
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::size_t row = rows[i];
      if (!s903::one_of(eps.text(row, place), {"T0", "T1", "T2", "T3", "T4"})) continue;
      if (!eps.blank(row, rpc) || (i > 0 && !eps.blank(rows[i - 1], rpc))) found.flag(eps, row);
    }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "226",
    .message = "Reason for placement change is not required for temporary placements.",
    .tables = "Episodes",
    .fields = "REASON_PLACE_CHANGE,PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,PLACE,REASON_PLACE_CHANGE
1,01/01/2020,U1,CARPL
! 1,11/01/2020,T1,
1,22/01/2020,U1,
2,01/01/2020,T2,
2,11/01/2020,U1,
! 3,22/01/2020,T1,OTHER
3,11/01/2020,U1,
3,01/01/2020,T3,
)"},
}};

}  // namespace
}  // namespace lens::validation
