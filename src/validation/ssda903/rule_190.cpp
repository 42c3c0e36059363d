// 903 rule 190: a child outside the OC2 cohort has none of the OC2 items given (CONVICTED,
// HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE,
// INTERVENTION_RECEIVED, INTERVENTION_OFFERED).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  if (!collection_start(r)) return;
  const auto cohort = s903::continuously_looked_after(r);
  const Table& oc2 = r.table("OC2");
  const int cols[] = {oc2.column("CONVICTED"),         oc2.column("HEALTH_CHECK"),
                      oc2.column("IMMUNISATIONS"),     oc2.column("TEETH_CHECK"),
                      oc2.column("HEALTH_ASSESSMENT"), oc2.column("SUBSTANCE_MISUSE"),
                      oc2.column("INTERVENTION_RECEIVED"), oc2.column("INTERVENTION_OFFERED")};
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    if (cohort.contains(oc2.child(row))) continue;
    for (int c : cols)
      if (!oc2.blank(row, c)) {
        found.flag(oc2, row);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "190",
    .message = "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.",
    .tables = "OC2,Episodes",
    .fields = "CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,RNE,LS,REC
# looked after since before 1 April 2020 and still at 31 March 2021: the OC2 cohort
1,01/03/2019,,S,C2,
2,01/03/2019,,S,C2,
3,01/03/2019,,S,C2,
4,01/03/2019,,S,C2,
# started during the year: not in the cohort
5,01/05/2020,,S,C2,
# left care during the year: not in the cohort
6,01/03/2019,01/02/2021,S,C2,E13
# a short break during the year: not in the cohort
7,01/03/2019,,S,V3,
--- OC2
CHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
1,0,1,1,1,1,0,,
5,,,,,,,,
! 6,0,1,1,1,1,0,,
! 7,,,,,,,,0
)"},
}};

}  // namespace
}  // namespace lens::validation
