// 903 rule 384: a child on a short break (LS V3 or V4) is not in a long-term foster placement (U1
// or U4).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), ls = eps.column("LS");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (s903::one_of(eps.text(row, ls), {"V3", "V4"}) && s903::one_of(eps.text(row, place), {"U1", "U4"}))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "384",
    .message = "A child receiving respite care cannot be in a long-term foster placement",
    .tables = "Episodes",
    .fields = "PLACE,LS",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,PLACE
! 1,V4,U1
! 2,V3,U4
3,V3,P1
4,C2,U1
)"},
}};

}  // namespace
}  // namespace lens::validation
