// 903 rule 560: a decision to place for adoption that was open at the end of last year (dated,
// not ceased) keeps its date: this year's DATE_PLACED must be the same.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const Table& last = r.table("PlacedAdoption_last");
  const int date_placed = placed.column("DATE_PLACED");
  const int date_placed_last = last.column("DATE_PLACED"), ceased_last = last.column("DATE_PLACED_CEASED");
  const auto last_rows = rows_by_child(last);
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    auto l = last_rows.find(placed.child(row));
    if (l == last_rows.end()) continue;
    for (std::size_t p : l->second)
      if (!last.blank(p, date_placed_last) && last.blank(p, ceased_last) &&
          placed.text(row, date_placed) != last.text(p, date_placed_last)) {
        found.flag(placed, row);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "560",
    .message = "Date of decision that the child should be placed for adoption this year is different from that recorded "
               "last year but the decision to place the child for adoption did not change.",
    .tables = "PlacedAdoption,PlacedAdoption_last",
    .fields = "DATE_PLACED,DATE_PLACED_CEASED",
    .check = check,
    .examples = {R"(
# 1: open last year, dated differently now; 2: the same date; 3: ceased last year; 4: a day apart.
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
! 1,26/05/2019,26/05/2020
2,26/05/2000,
3,01/02/2016,
! 4,27/05/2019,
--- PlacedAdoption_last
CHILD,DATE_PLACED,DATE_PLACED_CEASED
1,26/05/2000,
2,26/05/2000,
3,01/02/2015,26/05/2017
4,26/05/2019,
)"},
}};

}  // namespace
}  // namespace lens::validation
