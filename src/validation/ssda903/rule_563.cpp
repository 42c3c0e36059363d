// 903 rule 563: a decision recorded as ceased (date and reason) must have the date it was made.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const int date_placed = placed.column("DATE_PLACED"), ceased = placed.column("DATE_PLACED_CEASED"),
            reason = placed.column("REASON_PLACED_CEASED");
  for (std::size_t row = 0; row < placed.rows(); ++row)
    if (!placed.blank(row, reason) && !placed.blank(row, ceased) && placed.blank(row, date_placed))
      found.flag(placed, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "563",
    .message = "The child should no longer be placed for adoption but the date of the decision that the child should be "
               "placed for adoption is blank",
    .tables = "PlacedAdoption",
    .fields = "DATE_PLACED,REASON_PLACED_CEASED,DATE_PLACED_CEASED",
    .check = check,
    .examples = {R"(
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
1,26/05/2000,,
2,26/05/2000,01/02/2003,RD1
! 3,,26/05/2001,RD1
4,,26/05/2001,
)"},
}};

}  // namespace
}  // namespace lens::validation
