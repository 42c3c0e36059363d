// 903 rule 180: an SDQ score, when given, must be a whole number from 0 to 40.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc2 = r.table("OC2");
  const int score = oc2.column("SDQ_SCORE");
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    const std::string_view v = oc2.text(row, score);
    if (v.empty()) continue;
    int n = 0;
    bool ok = v.size() <= 2;
    for (char c : v) {
      ok = ok && c >= '0' && c <= '9';
      n = n * 10 + (c - '0');
    }
    if (!ok || n > 40) found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "180",
    .message = "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.",
    .tables = "OC2",
    .fields = "SDQ_SCORE",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,SDQ_SCORE
1,0
2,40
3,10
4,
! 5,41
! 6,39.5
! 7,XX
! 8,-1
)"},
}};

}  // namespace
}  // namespace lens::validation
