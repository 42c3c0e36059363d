// 903 rule 579: a child's decisions to place for adoption cannot overlap: in date order, each must
// follow a decision that has ceased, on or after the day it ceased.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const int ceased = placed.column("DATE_PLACED_CEASED");
  ssda903_rules::ChildSequences seq(placed, "DATE_PLACED");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 1; k < rows.size(); ++k) {
      OptDate previous_ceased = placed.date(rows[k - 1], ceased), decided = seq.date(rows[k]);
      if (!previous_ceased || (decided && *decided < *previous_ceased)) found.flag(placed, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "579",
    .message = "A new decision that the child should be placed for adoption this year cannot start when the previous "
               "decision is still open. Decisions to place the child for adoption should also not overlap. The date of "
               "any new decision to place the child for adoption must not be before the date placed ceased of previous "
               "decisions.",
    .tables = "PlacedAdoption",
    .fields = "DATE_PLACED,DATE_PLACED_CEASED",
    .check = check,
    .examples = {R"(
# 1: a decision before the previous one ceased; 2: on the day it ceased passes, then one after an
# open decision fails; 3: a single decision.
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
1,01/06/2020,05/06/2020
! 1,04/06/2020,
2,03/06/2020,04/06/2020
2,04/06/2020,
! 2,07/06/2020,09/06/2020
3,02/06/2020,
)"},
}};

}  // namespace
}  // namespace lens::validation
