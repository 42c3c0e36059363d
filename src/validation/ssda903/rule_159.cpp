// 903 rule 159: a child with a substance misuse problem who received no intervention needs an
// answer to whether one was offered.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int misuse = oc2.column("SUBSTANCE_MISUSE"), received = oc2.column("INTERVENTION_RECEIVED"),
            offered = oc2.column("INTERVENTION_OFFERED");
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    if (oc2.text(row, misuse) == "1" && oc2.text(row, received) == "0" && oc2.blank(row, offered))
      found.flag(oc2, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "159",
    .message = "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.",
    .tables = "OC2",
    .fields = "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
1,1,1,
2,1,0,0
3,1,,
4,0,0,
! 5,1,0,
)"},
}};

}  // namespace
}  // namespace lens::validation
