// 903 rule 186: a child of the OC2 cohort who was at least 4 on 1 April and is not yet 17 on
// 31 March should have an SDQ score, or at least a reason for having none.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!start || !end) return;
  const auto cohort = s903::continuously_looked_after(r);
  const Table& oc2 = r.table("OC2");
  const int dob = oc2.column("DOB"), score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON");
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    const OptDate born = oc2.date(row, dob);
    if (!born || !cohort.contains(oc2.child(row))) continue;
    if (add_years(*born, 4) <= *start && add_years(*born, 17) > *end && oc2.blank(row, score) &&
        oc2.blank(row, reason))
      found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "186",
    .message = "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.",
    .tables = "Episodes,OC2",
    .fields = "SDQ_SCORE",
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
CHILD,DOB,SDQ_SCORE,SDQ_REASON
# 4 on 1 April 2020
! 1,01/04/2016,,
# 17 on 1 April 2021, the day after the year ends
! 2,01/04/2004,,
# 17 on 31 March 2021
3,31/03/2004,,
4,01/01/2010,,SDQ2
5,01/01/2010,,
)"},
}};

}  // namespace
}  // namespace lens::validation
