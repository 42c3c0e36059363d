// 903 rule 553: a child with a placement order (LS E1) must have a decision to place for adoption
// recorded, and while the order's episode is open that decision cannot have ceased.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& placed = r.table("PlacedAdoption");
  const int ls = eps.column("LS"), dec = eps.column("DEC");
  const int ceased = placed.column("DATE_PLACED_CEASED"), reason = placed.column("REASON_PLACED_CEASED");
  const auto decisions = rows_by_child(placed);
  std::vector<bool> placed_flagged(placed.rows());
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (eps.text(row, ls) != "E1") continue;
    auto d = decisions.find(eps.child(row));
    if (d == decisions.end()) {
      found.flag(eps, row, "CHILD");
      continue;
    }
    if (!eps.blank(row, dec)) continue;
    for (std::size_t p : d->second)
      if ((!placed.blank(p, ceased) || !placed.blank(p, reason)) && !placed_flagged[p]) {
        found.flag(placed, p, "DATE_PLACED_CEASED,REASON_PLACED_CEASED");
        placed_flagged[p] = true;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "553",
    .message = "Placement order has been granted but there is no date of decision that the child should be placed for "
               "adoption.",
    .tables = "Episodes,PlacedAdoption",
    .fields = "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
    .check = check,
    .examples = {R"(
# 1: order ended, decision ceased; 2: open order, decision open; 3: open order but no decision
# row; 4: open order, decision recorded as ceased (date only, then reason only).
--- Episodes
CHILD,LS,DEC
1,E1,01/06/2020
2,E1,
! 3,E1,
4,E1,
5,C2,
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
1,01/06/2019,01/06/2020,RD1
2,01/06/2019,,
! 4,01/06/2019,01/06/2020,
! 4,01/07/2019,,RD1
)"},
}};

}  // namespace
}  // namespace lens::validation
