// 903 rule 558: a child adopted this year (REC E11, E12) was adopted under a decision to place
// for adoption that had not ceased: at least one of the child's PlacedAdoption rows must have
// DATE_PLACED_CEASED blank. A child with no PlacedAdoption rows is left to rule 551.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& placed = r.table("PlacedAdoption");
  const int rec = eps.column("REC"), ceased = placed.column("DATE_PLACED_CEASED");
  const auto decisions = rows_by_child(placed);
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view reason = eps.text(row, rec);
    auto d = decisions.find(eps.child(row));
    if ((reason != "E11" && reason != "E12") || d == decisions.end()) continue;
    bool open = false;
    for (std::size_t p : d->second) open = open || placed.blank(p, ceased);
    if (!open) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "558",
    .message = "If a child has been adopted, then the decision to place them for adoption has not been disrupted and "
               "the date of the decision that a child should no longer be placed for adoption should be left blank.",
    .tables = "Episodes,PlacedAdoption",
    .fields = "DATE_PLACED_CEASED,REC",
    .check = check,
    .examples = {R"(
# 1: adopted, decision open; 2: adopted, the only decision ceased; 3: an earlier decision ceased,
# the latest open; 4: not adopted; 5: no decision rows.
--- Episodes
CHILD,REC
1,E11
! 2,E12
3,E11
4,E13
5,E11
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
1,01/01/2020,
2,01/01/2020,01/06/2020
3,01/01/2019,01/06/2019
3,01/01/2020,
4,01/01/2020,01/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
