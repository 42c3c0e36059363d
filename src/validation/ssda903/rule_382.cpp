// 903 rule 382: a child on a short break (LS V3 or V4) is not in a temporary placement (T0 to T4).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), ls = eps.column("LS");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (s903::one_of(eps.text(row, ls), {"V3", "V4"}) && s903::one_of(eps.text(row, place), {"T0", "T1", "T2", "T3", "T4"}))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "382",
    .message = "A child receiving respite care cannot be in a temporary placement.",
    .tables = "Episodes",
    .fields = "LS,PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,PLACE
1,V3,U4
2,C2,T1
! 3,V4,T3
)"},
}};

}  // namespace
}  // namespace lens::validation
