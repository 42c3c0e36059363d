// 903 rule 561: a decision to place for adoption that ceased last year cannot reappear this year
// with the same date (a new decision has a new date).
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const Table& last = r.table("PlacedAdoption_last");
  const int date_placed = placed.column("DATE_PLACED"), date_placed_last = last.column("DATE_PLACED");
  const int ceased_last = last.column("DATE_PLACED_CEASED"), reason_last = last.column("REASON_PLACED_CEASED");
  const auto last_rows = rows_by_child(last);
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    auto l = last_rows.find(placed.child(row));
    if (l == last_rows.end() || placed.blank(row, date_placed)) continue;
    for (std::size_t p : l->second)
      if (placed.text(row, date_placed) == last.text(p, date_placed_last) &&
          (!last.blank(p, ceased_last) || !last.blank(p, reason_last))) {
        found.flag(placed, row);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "561",
    .message = "Date of the decision that the child should be placed for adoption this year is the same as that "
               "recorded last year but records show that the decision changed, and the child should no longer be "
               "placed for adoption last year.",
    .tables = "PlacedAdoption,PlacedAdoption_last",
    .fields = "DATE_PLACED",
    .check = check,
    .examples = {R"(
# 1: same date, last year's ceased (reason only); 2: same date, ceased date; 3: last year's open;
# 4: a new date; 5: blank both years.
--- PlacedAdoption
CHILD,DATE_PLACED
! 1,26/05/2019
! 2,26/05/2000
3,26/05/2019
4,26/05/2029
5,
--- PlacedAdoption_last
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
1,26/05/2019,,RD1
2,26/05/2000,01/07/2018,
3,26/05/2019,,
4,01/07/2019,01/08/2019,RD1
5,,01/08/2019,RD1
)"},
}};

}  // namespace
}  // namespace lens::validation
