// 903 rule 551: a child placed for adoption (A3..A6) must have a decision to place for adoption
// recorded: a PlacedAdoption row, and none of the child's rows with DATE_PLACED blank.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& placed = r.table("PlacedAdoption");
  const int place = eps.column("PLACE"), date_placed = placed.column("DATE_PLACED");
  const auto decisions = rows_by_child(placed);
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (!ssda903_rules::one_of(eps.text(row, place), {"A3", "A4", "A5", "A6"})) continue;
    auto d = decisions.find(eps.child(row));
    bool recorded = d != decisions.end();
    if (recorded)
      for (std::size_t p : d->second) recorded = recorded && !placed.blank(p, date_placed);
    if (!recorded) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "551",
    .message = "Child has been placed for adoption but there is no date of the decision that the child should be placed "
               "for adoption.",
    .tables = "Episodes,PlacedAdoption",
    .fields = "DATE_PLACED,PLACE",
    .check = check,
    .examples = {R"(
# 1: decision dated; 2: decision row with a blank date; 3: no decision row; 4: not placed for
# adoption; 5: one of two decisions blank.
--- PlacedAdoption
CHILD,DATE_PLACED
1,01/01/2020
2,
5,01/01/2019
5,
--- Episodes
CHILD,PLACE
1,A3
! 2,A4
! 3,A5
4,U1
! 5,A6
)"},
}};

}  // namespace
}  // namespace lens::validation
