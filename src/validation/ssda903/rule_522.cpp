// 903 rule 522: a decision that the child should no longer be placed for adoption cannot come
// before the decision that they should be.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const int date_placed = placed.column("DATE_PLACED"), ceased = placed.column("DATE_PLACED_CEASED");
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    OptDate from = placed.date(row, date_placed), to = placed.date(row, ceased);
    if (from && to && *to < *from) found.flag(placed, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "522",
    .message = "Date of decision that the child should be placed for adoption must be on or before the date that a "
               "child should no longer be placed for adoption.",
    .tables = "PlacedAdoption",
    .fields = "DATE_PLACED,DATE_PLACED_CEASED",
    .check = check,
    .examples = {R"(
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
1,26/05/2000,26/05/2000
2,26/05/2000,01/02/2003
3,,26/05/2000
! 4,01/02/2003,26/05/2000
5,26/05/2000,
)"},
}};

}  // namespace
}  // namespace lens::validation
