// 903 rule 380: a temporary placement (T0 to T4) begins only with a change of placement (RNE P or
// B), never a new period of care.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), rne = eps.column("RNE");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (s903::one_of(eps.text(row, place), {"T0", "T1", "T2", "T3", "T4"}) && !s903::one_of(eps.text(row, rne), {"P", "B"}))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "380",
    .message = "A period of care cannot start with a temporary placement.",
    .tables = "Episodes",
    .fields = "PLACE,RNE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,RNE,PLACE
1,S,U1
! 2,L,T0
! 3,S,T1
4,P,T1
5,B,T4
)"},
}};

}  // namespace
}  // namespace lens::validation
