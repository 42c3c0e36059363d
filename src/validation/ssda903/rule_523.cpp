// 903 rule 523: the decision that the child should be placed for adoption (PlacedAdoption
// DATE_PLACED) is the same decision as the one that adoption is in their best interests (AD1
// DATE_INT): the dates must agree. Blank or invalid dates are not compared.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const Table& ad1 = r.table("AD1");
  const int date_placed = placed.column("DATE_PLACED"), date_int = ad1.column("DATE_INT");
  const auto ad1_rows = rows_by_child(ad1);
  std::vector<bool> ad1_flagged(ad1.rows());
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    OptDate decided = placed.date(row, date_placed);
    auto a = ad1_rows.find(placed.child(row));
    if (!decided || a == ad1_rows.end()) continue;
    bool differs = false;
    for (std::size_t ad : a->second) {
      OptDate best_interests = ad1.date(ad, date_int);
      if (!best_interests || best_interests == decided) continue;
      differs = true;
      if (!ad1_flagged[ad]) found.flag(ad1, ad);
      ad1_flagged[ad] = true;
    }
    if (differs) found.flag(placed, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "523",
    .message = "Date of decision that the child should be placed for adoption should be the same date as the decision "
               "that adoption is in the best interest (date should be placed).",
    .tables = "PlacedAdoption,AD1",
    .fields = "DATE_PLACED,DATE_INT",
    .check = check,
    .examples = {R"(
# 1: the same day; 2: a month apart; 3: no date placed; 4: not a date; 5: no AD1 row.
--- PlacedAdoption
CHILD,DATE_PLACED
1,08/03/2020
! 2,22/06/2020
3,
4,1st February
5,11/11/2020
--- AD1
CHILD,DATE_INT
1,08/03/2020
! 2,22/07/2020
3,26/05/2018
4,01/10/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
