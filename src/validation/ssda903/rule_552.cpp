// 903 rule 552: the child's first placement for adoption (the earliest A3..A6 episode) cannot
// start before the latest decision that they should be placed for adoption.
#include <unordered_map>

#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& placed = r.table("PlacedAdoption");
  const int place = eps.column("PLACE"), decom = eps.column("DECOM"), date_placed = placed.column("DATE_PLACED");
  std::unordered_map<std::string_view, std::size_t> latest_decision, first_placement;
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    OptDate d = placed.date(row, date_placed);
    if (!d) continue;
    auto [it, added] = latest_decision.try_emplace(placed.child(row), row);
    if (!added && *d > *placed.date(it->second, date_placed)) it->second = row;
  }
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    OptDate d = eps.date(row, decom);
    if (!d || !ssda903_rules::one_of(eps.text(row, place), {"A3", "A4", "A5", "A6"})) continue;
    auto [it, added] = first_placement.try_emplace(eps.child(row), row);
    if (!added && *d < *eps.date(it->second, decom)) it->second = row;
  }
  for (std::size_t ep = 0; ep < eps.rows(); ++ep) {  // in table order, so findings come in it
    auto first = first_placement.find(eps.child(ep));
    auto decision = latest_decision.find(eps.child(ep));
    if (first == first_placement.end() || first->second != ep || decision == latest_decision.end()) continue;
    if (*eps.date(ep, decom) < *placed.date(decision->second, date_placed)) {
      found.flag(eps, ep);
      found.flag(placed, decision->second);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "552",
    .message = "Date of Decision to place a child for adoption should be on or prior to the date that the child was "
               "placed for adoption.",
    .tables = "Episodes,PlacedAdoption",
    .fields = "DATE_PLACED,DECOM",
    .check = check,
    .examples = {R"(
# 1: placed on the day of the decision; 2: placed before the later of two decisions, fails;
# 3: not an adoption placement; 4: the decision date is not a date.
--- PlacedAdoption
CHILD,DATE_PLACED
1,08/03/2020
2,13/10/2019
! 2,13/10/2022
3,24/10/2021
4,baddate/2021
--- Episodes
CHILD,DECOM,PLACE
1,08/03/2020,A3
! 2,13/10/2021,A6
2,14/10/2022,A5
3,22/06/2020,U1
4,01/02/2013,A4
)"},
}};

}  // namespace
}  // namespace lens::validation
