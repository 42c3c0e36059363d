// 903 rule 158: a child who received an intervention for substance misuse needs no answer to
// whether one was offered.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int received = oc2.column("INTERVENTION_RECEIVED"), offered = oc2.column("INTERVENTION_OFFERED");
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    if (oc2.text(row, received) == "1" && !oc2.blank(row, offered)) found.flag(oc2, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "158",
    .message = "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.",
    .tables = "OC2",
    .fields = "INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
1,1,
2,0,1
3,,
! 4,1,0
! 5,1,1
)"},
}};

}  // namespace
}  // namespace lens::validation
