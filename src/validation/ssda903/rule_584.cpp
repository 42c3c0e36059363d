// 903 rule 584: when last year's decision to place for adoption had ceased, this year's decision
// is a new one: it must be dated, and later than last year's.
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
    if (l == last_rows.end()) continue;
    OptDate decided = placed.date(row, date_placed);
    for (std::size_t p : l->second) {
      if (last.blank(p, ceased_last) && last.blank(p, reason_last)) continue;
      OptDate decided_last = last.date(p, date_placed_last);
      if (placed.blank(row, date_placed) || (decided && decided_last && *decided <= *decided_last)) {
        found.flag(placed, row);
        break;
      }
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "584",
    .message = "Date of decision that the child should be placed for adoption this year is different from that recorded "
               "last year, but the decision to placed the child for adoption changed and the child should no longer be "
               "placed for adoption.",
    .tables = "PlacedAdoption,PlacedAdoption_last",
    .fields = "DATE_PLACED",
    .check = check,
    .examples = {R"(
# 1: last year's ceased, this year's is earlier; 2: the same day (ceased by reason only);
# 3: later; 4: last year's was open; 5: this year's blank.
--- PlacedAdoption
CHILD,DATE_PLACED
! 1,01/02/2020
! 2,01/02/2021
3,01/02/2021
4,01/02/2020
! 5,
--- PlacedAdoption_last
CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
1,01/02/2021,01/03/2021,RD1
2,01/02/2021,,RD1
3,01/02/2020,02/02/2020,RD1
4,01/02/2021,,
5,01/01/2020,01/02/2020,RD1
)"},
}};

}  // namespace
}  // namespace lens::validation
