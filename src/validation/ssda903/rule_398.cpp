// 903 rule 398: a child on a short break (LS V3 or V4) has no postcodes or distance recorded.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS"), cols[] = {eps.column("HOME_POST"), eps.column("PL_POST"), eps.column("PL_DISTANCE")};
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (!s903::one_of(eps.text(row, ls), {"V3", "V4"})) continue;
    for (int c : cols)
      if (!eps.blank(row, c)) {
        found.flag(eps, row);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "398",
    .message = "Distance field completed but child looked after under legal status V3 or V4.",
    .tables = "Episodes",
    .fields = "LS,HOME_POST,PL_POST",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,HOME_POST,PL_POST
1,V3,,
2,C2,AB1 0JD,EF3 4GH
! 3,V4,AB1 0JD,
! 4,V3,,EF3 4GH
)"},
}};

}  // namespace
}  // namespace lens::validation
