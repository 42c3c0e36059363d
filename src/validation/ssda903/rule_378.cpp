// 903 rule 378: a child placed with parents (P1) is not looked after under a single period of
// accommodation under section 20 (LS V2).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), ls = eps.column("LS");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.text(row, place) == "P1" && eps.text(row, ls) == "V2") found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "378",
    .message = "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.",
    .tables = "Episodes",
    .fields = "PLACE,LS",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,LS
1,P1,C2
2,U1,V2
! 3,P1,V2
)"},
}};

}  // namespace
}  // namespace lens::validation
