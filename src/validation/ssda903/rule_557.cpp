// 903 rule 557: a child who had been placed for adoption or had a placement order (A3..A6 or E1)
// and left care other than by adoption (REC not E11, E12 or X1) must have the decision to place
// for adoption recorded as ceased: a PlacedAdoption row with the date and reason it ceased.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& placed = r.table("PlacedAdoption");
  const int place = eps.column("PLACE"), ls = eps.column("LS"), rec = eps.column("REC");
  const int ceased = placed.column("DATE_PLACED_CEASED"), reason = placed.column("REASON_PLACED_CEASED");
  const auto decisions = rows_by_child(placed);
  std::vector<bool> placed_flagged(placed.rows());
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    bool adoption_plan =
        ssda903_rules::one_of(eps.text(row, place), {"A3", "A4", "A5", "A6"}) || eps.text(row, ls) == "E1";
    std::string_view reason_ceased = eps.text(row, rec);
    if (!adoption_plan || reason_ceased.empty() || ssda903_rules::one_of(reason_ceased, {"E11", "E12", "X1"})) continue;
    auto d = decisions.find(eps.child(row));
    bool incomplete = d == decisions.end();
    if (!incomplete)
      for (std::size_t p : d->second) {
        if (!placed.blank(p, ceased) && !placed.blank(p, reason)) continue;
        incomplete = true;
        if (!placed_flagged[p]) found.flag(placed, p);
        placed_flagged[p] = true;
      }
    if (incomplete) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "557",
    .message = "Child for whom the decision was made that they should be placed for adoption has left care but was not "
               "adopted and information on the decision that they should no longer be placed for adoption items has "
               "not been completed.",
    .tables = "Episodes,PlacedAdoption",
    .fields = "DATE_PLACED_CEASED,REASON_PLACED_CEASED,PLACE,LS,REC",
    .check = check,
    .examples = {R"(
# 1: left care from an adoption placement, decision not ceased; 2: placement order, decision
# ceased with a reason; 3: adopted (E12); 4: no decision row; 5: still looked after (X1);
# 6: no plan for adoption; 7: ceased date without a reason.
--- Episodes
CHILD,PLACE,LS,REC
! 1,A3,C2,E4A
2,U1,E1,E13
3,A4,E1,E12
! 4,A5,C2,E13
5,A6,C2,X1
6,U1,C2,E13
! 7,U1,E1,E13
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
! 1,01/01/2020,,
2,01/01/2020,01/02/2021,RD1
3,01/01/2020,,
! 7,01/01/2020,01/02/2021,
)"},
}};

}  // namespace
}  // namespace lens::validation
