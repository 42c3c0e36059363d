// 903 rule 182: once any of CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED or
// INTERVENTION_OFFERED is given, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and
// SUBSTANCE_MISUSE must all be.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int needed[] = {oc2.column("IMMUNISATIONS"), oc2.column("TEETH_CHECK"), oc2.column("HEALTH_ASSESSMENT"),
                        oc2.column("SUBSTANCE_MISUSE")};
  const int others[] = {oc2.column("CONVICTED"), oc2.column("HEALTH_CHECK"), oc2.column("INTERVENTION_RECEIVED"),
                        oc2.column("INTERVENTION_OFFERED")};
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    bool missing = false, other_given = false;
    for (int c : needed) missing = missing || oc2.blank(row, c);
    for (int c : others) other_given = other_given || !oc2.blank(row, c);
    if (missing && other_given) found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "182",
    .message = "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.",
    .tables = "OC2",
    .fields = "IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
1,,,,,,,,
2,1,1,1,1,1,1,1,1
3,1,1,1,,,,,
! 4,,,,,1,,,
! 5,1,1,1,,,,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
