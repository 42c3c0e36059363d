// 903 rule 188: a child under 4 on 31 March has neither an SDQ score nor a reason for none.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& oc2 = r.table("OC2");
  const int dob = oc2.column("DOB"), score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON");
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    const OptDate born = oc2.date(row, dob);
    if (born && add_years(*born, 4) > *end && (!oc2.blank(row, score) || !oc2.blank(row, reason)))
      found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "188",
    .message = "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.",
    .tables = "OC2",
    .fields = "SDQ_SCORE,SDQ_REASON",
    .check = check,
    .examples = {R"(
year 2021
--- OC2
CHILD,DOB,SDQ_SCORE,SDQ_REASON
# 4 on 31 March 2021
1,31/03/2017,10,
# 4 on 1 April 2021
! 2,01/04/2017,10,
! 3,01/01/2020,,SDQ1
4,01/01/2020,,
)"},
}};

}  // namespace
}  // namespace lens::validation
