// 903 rule 193: a child without a substance misuse problem (0 or blank) has no answers about
// interventions offered or received.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int misuse = oc2.column("SUBSTANCE_MISUSE"), received = oc2.column("INTERVENTION_RECEIVED"),
            offered = oc2.column("INTERVENTION_OFFERED");
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    if (s903::one_of(oc2.text(row, misuse), {"", "0"}) && (!oc2.blank(row, received) || !oc2.blank(row, offered)))
      found.flag(oc2, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "193",
    .message = "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.",
    .tables = "OC2",
    .fields = "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
1,,,
2,1,1,
! 3,0,0,0
! 4,,1,
! 5,0,,0
)"},
}};

}  // namespace
}  // namespace lens::validation
