// 903 rule 554: the decision that a child should be placed for adoption comes on or before the
// placement order: no decision may be dated after the child's first E1 episode started.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& placed = r.table("PlacedAdoption");
  const int ls = eps.column("LS"), decom = eps.column("DECOM"), date_placed = placed.column("DATE_PLACED");
  std::unordered_map<std::string_view, std::size_t> first_order;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    OptDate d = eps.date(row, decom);
    if (!d || eps.text(row, ls) != "E1") continue;
    auto [it, added] = first_order.try_emplace(eps.child(row), row);
    if (!added && *d < *eps.date(it->second, decom)) it->second = row;
  }
  const auto decisions = rows_by_child(placed);
  for (std::size_t ep = 0; ep < eps.rows(); ++ep) {  // in table order, so findings come in it
    auto first = first_order.find(eps.child(ep));
    auto d = decisions.find(eps.child(ep));
    if (first == first_order.end() || first->second != ep || d == decisions.end()) continue;
    bool late = false;
    for (std::size_t p : d->second) {
      OptDate decided = placed.date(p, date_placed);
      if (decided && *decided > *eps.date(ep, decom)) {
        found.flag(placed, p);
        late = true;
      }
    }
    if (late) found.flag(eps, ep);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "554",
    .message = "Date of decision that the child should be placed for adoption should be on or prior to the date that "
               "the placement order was granted. [NOTE: This rule may result in false positives or false negatives if "
               "relevant episodes are in previous years; please check carefully!]",
    .tables = "Episodes,PlacedAdoption",
    .fields = "DATE_PLACED,DECOM,LS",
    .check = check,
    .examples = {R"(
# 1: decided after the first E1 episode started; 2: no E1 episode; 3: decided before the first E1
# (a later E1 does not matter); 5: decided on the day the order began.
--- PlacedAdoption
CHILD,DATE_PLACED
! 1,26/05/2022
2,26/05/2020
3,22/01/2020
5,11/01/2020
--- Episodes
CHILD,DECOM,LS
! 1,01/01/2020,E1
1,11/01/2020,C2
2,11/01/2020,C2
3,22/07/2020,E1
3,22/09/2020,E1
5,11/01/2020,E1
)"},
}};

}  // namespace
}  // namespace lens::validation
