// 903 rule 198: a reason for no SDQ score is only for a child of the OC2 cohort.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  if (!collection_start(r)) return;
  const auto cohort = s903::continuously_looked_after(r);
  const Table& oc2 = r.table("OC2");
  const int reason = oc2.column("SDQ_REASON");
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    if (!oc2.blank(row, reason) && !cohort.contains(oc2.child(row))) found.flag(oc2, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "198",
    .message = "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.",
    .tables = "Episodes,OC2",
    .fields = "SDQ_REASON",
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
CHILD,SDQ_REASON
1,SDQ2
5,
! 6,SDQ2
! 7,SDQ1
)"},
}};

}  // namespace
}  // namespace lens::validation
