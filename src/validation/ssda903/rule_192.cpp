// 903 rule 192: a child with a substance misuse problem needs an answer to whether an
// intervention was received.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int misuse = oc2.column("SUBSTANCE_MISUSE"), received = oc2.column("INTERVENTION_RECEIVED");
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    if (oc2.text(row, misuse) == "1" && oc2.blank(row, received)) found.flag(oc2, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "192",
    .message = "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.",
    .tables = "OC2",
    .fields = "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED
1,1,0
2,0,
! 3,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
