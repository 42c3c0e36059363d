// 903 rule 157: a child of the OC2 cohort (looked after continuously for 12 months at 31 March)
// who was at least 4 on 1 April and will be no more than 16 on 31 March (turns 16 on or after
// it) may not have SDQ1 ("aged under 4 or over 16") as the reason for no SDQ score.
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
    if (add_years(*born, 4) <= *start && add_years(*born, 16) >= *end && oc2.blank(row, score) &&
        oc2.text(row, reason) == "SDQ1")
      found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "157",
    .message = "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.",
    .tables = "OC2,Episodes",
    .fields = "SDQ_REASON,DOB",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,RNE,LS,REC
1,01/03/2019,,S,C2,
2,01/03/2019,,S,C2,
3,01/03/2019,,S,C2,
4,01/03/2019,,S,C2,
5,01/03/2019,,S,C2,
# started during the year: not in the cohort
6,01/05/2020,,S,C2,
--- OC2
CHILD,DOB,SDQ_SCORE,SDQ_REASON
# 4 on 1 April 2020, exactly
! 1,01/04/2016,,SDQ1
# 16 on 31 March 2021, exactly
! 2,31/03/2005,,SDQ1
# 4 on 2 April 2020: under 4 on 1 April
3,02/04/2016,,SDQ1
# 16 on 30 March 2021: over 16 by 31 March
4,30/03/2005,,SDQ1
5,01/01/2010,,SDQ2
6,01/01/2010,,SDQ1
)"},
}};

}  // namespace
}  // namespace lens::validation
