// 903 rule 559: a decision to place for adoption dated before this collection year should have
// been in last year's return: the child's PlacedAdoption_last rows must exist and be dated.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start || !r.has("PlacedAdoption_last")) return;
  const Table& placed = r.table("PlacedAdoption");
  const Table& last = r.table("PlacedAdoption_last");
  const int date_placed = placed.column("DATE_PLACED"), date_placed_last = last.column("DATE_PLACED");
  const auto last_rows = rows_by_child(last);
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    OptDate decided = placed.date(row, date_placed);
    if (!decided || !(*decided < *start)) continue;
    auto l = last_rows.find(placed.child(row));
    bool recorded = l != last_rows.end();
    if (recorded)
      for (std::size_t p : l->second) recorded = recorded && last.date(p, date_placed_last);
    if (!recorded) found.flag(placed, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "559",
    .message = "Date of decision that a child should be placed for adoption was not in the current year but the date of "
               "the decision that the child should be placed for adoption was not completed in a previous return.",
    .tables = "PlacedAdoption,PlacedAdoption_last",
    .fields = "DATE_PLACED",
    .check = check,
    .examples = {R"(
# 1: decided this year (1 April); 2: decided last year (31 March) and recorded then; 3: decided
# last year, blank in last year's return; 4: not in last year's return.
year 2021
--- PlacedAdoption
CHILD,DATE_PLACED
1,01/04/2020
2,31/03/2020
! 3,26/05/2019
! 4,26/05/2019
--- PlacedAdoption_last
CHILD,DATE_PLACED
1,
2,31/03/2020
3,
)"},
}};

}  // namespace
}  // namespace lens::validation
