// 903 rule 197a: a child with an SDQ score needs no reason for not having one.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON");
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    if (!oc2.blank(row, score) && !oc2.blank(row, reason)) found.flag(oc2, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "197a",
    .message = "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.",
    .tables = "OC2",
    .fields = "SDQ_SCORE,SDQ_REASON",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,SDQ_SCORE,SDQ_REASON
1,10,
2,,SDQ2
! 3,10,SDQ2
)"},
}};

}  // namespace
}  // namespace lens::validation
