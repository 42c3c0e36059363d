// 903 rule 131: IN_TOUCH (care leavers) must be a code of the list (blank is an error too).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "OC3", "IN_TOUCH", ssda903::CodeList::InTouch, false);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "131",
    .message = "Data entry for being in touch after leaving care is invalid.",
    .tables = "OC3",
    .fields = "IN_TOUCH",
    .check = check,
    .examples = {R"(
--- OC3
CHILD,IN_TOUCH
1,YES
2,REFU
! 3,yes
! 4,REFUSE
! 5,
)"},
}};

}  // namespace
}  // namespace lens::validation
