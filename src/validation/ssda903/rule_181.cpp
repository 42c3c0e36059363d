// 903 rule 181: the OC2 items (CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK,
// HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED), when given,
// are 0 or 1.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int cols[] = {oc2.column("CONVICTED"),         oc2.column("HEALTH_CHECK"),
                      oc2.column("IMMUNISATIONS"),     oc2.column("TEETH_CHECK"),
                      oc2.column("HEALTH_ASSESSMENT"), oc2.column("SUBSTANCE_MISUSE"),
                      oc2.column("INTERVENTION_RECEIVED"), oc2.column("INTERVENTION_OFFERED")};
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    for (int c : cols)
      if (!oc2.blank(row, c) && !s903::one_of(oc2.text(row, c), {"0", "1"})) {
        found.flag(oc2, row);
        break;
      }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "181",
    .message = "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.",
    .tables = "OC2",
    .fields = "CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
1,1,1,1,1,1,0,,
2,,,,,,,,
! 3,2,,,,,,,
! 4,0,0,0,0,0,1,1,Y
)"},
}};

}  // namespace
}  // namespace lens::validation
