// 903 rule 381: a temporary placement (T0 to T4) does not end the period of care: when it ends, it
// ends with X1.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), rec = eps.column("REC");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (s903::one_of(eps.text(row, place), {"T0", "T1", "T2", "T3", "T4"}) && !s903::one_of(eps.text(row, rec), {"", "X1"}))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "381",
    .message = "A period of care cannot end with a temporary placement.",
    .tables = "Episodes",
    .fields = "PLACE,REC",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,REC,PLACE
1,X1,T3
! 2,E13,T0
3,,T2
4,E13,U2
)"},
}};

}  // namespace
}  // namespace lens::validation
