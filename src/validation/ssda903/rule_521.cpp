// 903 rule 521: the decision that adoption is in the child's best interests (AD1 DATE_INT) must
// come on or before the day the child is placed for adoption (an A3..A6 episode's DECOM).
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& ad1 = r.table("AD1");
  const int place = eps.column("PLACE"), decom = eps.column("DECOM"), date_int = ad1.column("DATE_INT");
  const auto ad1_rows = rows_by_child(ad1);
  std::vector<bool> ad1_flagged(ad1.rows());
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    OptDate placed = eps.date(row, decom);
    auto a = ad1_rows.find(eps.child(row));
    bool for_adoption = ssda903_rules::one_of(eps.text(row, place), {"A3", "A4", "A5", "A6"});
    if (!for_adoption || !placed || a == ad1_rows.end()) continue;
    bool late = false;
    for (std::size_t ad : a->second) {
      OptDate decided = ad1.date(ad, date_int);
      if (!decided || !(*decided > *placed)) continue;
      late = true;
      if (!ad1_flagged[ad]) found.flag(ad1, ad);
      ad1_flagged[ad] = true;
    }
    if (late) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "521",
    .message = "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should "
               "be placed) must be on or prior to the date the child is placed for adoption.",
    .tables = "Episodes,AD1",
    .fields = "PLACE,DECOM,DATE_INT",
    .check = check,
    .examples = {R"(
# 1: placed before the decision, fails; a later placement passes; a non-adoption placement is not
# judged. 2: placed on the day of the decision. 3: no decision date. 4: no AD1 row.
--- AD1
CHILD,DATE_INT
! 1,08/03/2020
2,22/06/2020
3,
--- Episodes
CHILD,DECOM,PLACE
! 1,01/01/2020,A6
1,01/11/2020,A5
1,22/01/2020,U1
2,22/06/2020,A3
3,01/01/2020,A4
4,01/01/2020,A4
)"},
}};

}  // namespace
}  // namespace lens::validation
