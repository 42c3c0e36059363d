// 903 rule 189: a child 17 or over on 1 April has neither an SDQ score nor a reason for none.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  const Table& oc2 = r.table("OC2");
  const int dob = oc2.column("DOB"), score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON");
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    const OptDate born = oc2.date(row, dob);
    if (born && add_years(*born, 17) <= *start && (!oc2.blank(row, score) || !oc2.blank(row, reason)))
      found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "189",
    .message = "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
    .tables = "OC2",
    .fields = "DOB,SDQ_SCORE,SDQ_REASON",
    .check = check,
    .examples = {R"(
year 2021
--- OC2
CHILD,DOB,SDQ_SCORE,SDQ_REASON
# 17 on 1 April 2020
! 1,01/04/2003,10,
# 17 on 2 April 2020
2,02/04/2003,10,
! 3,01/01/2000,,SDQ4
4,01/01/2000,,
)"},
}};

}  // namespace
}  // namespace lens::validation
