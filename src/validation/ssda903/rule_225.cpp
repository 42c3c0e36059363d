// 903 rule 225: a placement that ends because the child moves on (REC X1, the next episode
// beginning P, B, T or U) needs a reason for the placement change, unless either placement is
// temporary (T0 to T4).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rec = eps.column("REC"), rpc = eps.column("REASON_PLACE_CHANGE"), place = eps.column("PLACE"),
            rne = eps.column("RNE");
  auto temporary = [&](std::size_t row) { return s903::one_of(eps.text(row, place), {"T0", "T1", "T2", "T3", "T4"}); };
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps))
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
      const std::size_t row = rows[i], next = rows[i + 1];
      if (eps.text(row, rec) == "X1" && eps.blank(row, rpc) && !temporary(row) && !temporary(next) &&
          s903::one_of(eps.text(next, rne), {"P", "B", "T", "U"}))
        found.flag(eps, row);
    }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "225",
    .message = "Reason for placement change must be recorded.",
    .tables = "Episodes",
    .fields = "REASON_PLACE_CHANGE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,RNE,REC,PLACE,REASON_PLACE_CHANGE
! 1,01/06/2020,P,X1,U1,
1,05/06/2020,P,E11,U3,
2,06/06/2020,T,X1,U1,
2,07/06/2020,L,X1,U1,CARPL
2,08/06/2020,P,E3,U1,
# the next placement is temporary
3,09/06/2020,U,X1,U1,
3,15/06/2020,P,E3,T3,
# listed out of order
4,20/06/2020,B,E3,U2,
! 4,10/06/2020,S,X1,U1,
)"},
}};

}  // namespace
}  // namespace lens::validation
