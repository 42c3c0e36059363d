// 903 rule 335: a placement that ends in adoption (REC E1, E11 or E12) agrees with whether the
// adopters are the former foster carers (AD1 FOSTER_CARE): 1 for placements with the current
// foster carers (A2, A3, A5), 0 for the others (A1, A4, A6). The episode and the AD1 row are
// flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& ad1 = r.table("AD1");
  const auto ad1_rows = s903::first_rows(ad1);
  const int place = eps.column("PLACE"), rec = eps.column("REC"), foster = ad1.column("FOSTER_CARE");
  std::unordered_set<std::size_t> flagged;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    auto it = ad1_rows.find(eps.child(row));
    if (it == ad1_rows.end() || !s903::one_of(eps.text(row, rec), {"E1", "E11", "E12"})) continue;
    const std::string_view p = eps.text(row, place), f = ad1.text(it->second, foster);
    if ((s903::one_of(p, {"A2", "A3", "A5"}) && f == "0") || (s903::one_of(p, {"A1", "A4", "A6"}) && f == "1")) {
      found.flag(eps, row);
      if (flagged.insert(it->second).second) found.flag(ad1, it->second);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "335",
    .message = "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.",
    .tables = "Episodes,AD1",
    .fields = "PLACE,FOSTER_CARE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,REC
! 1,A3,E11
2,A3,E11
! 3,A4,E12
4,A4,E12
5,A5,X1
6,A5,E11
--- AD1
CHILD,FOSTER_CARE
! 1,0
2,1
! 3,1
4,0
5,0
6,
)"},
}};

}  // namespace
}  // namespace lens::validation
