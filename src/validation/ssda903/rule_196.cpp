// 903 rule 196: a reason for no SDQ score, when given, must be a code of the list.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "OC2", "SDQ_REASON", ssda903::CodeList::SdqReason, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "196",
    .message = "Strengths and Difficulties (SDQ) reason is not a valid code.",
    .tables = "OC2",
    .fields = "SDQ_REASON",
    .check = check,
    .examples = {R"(
--- OC2
CHILD,SDQ_REASON
1,SDQ1
2,
! 3,SDQ6
! 4,sdq1
)"},
}};

}  // namespace
}  // namespace lens::validation
