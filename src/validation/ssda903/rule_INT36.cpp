// 903 check INT36: a child has at most one row in UASC; every row of a repeated child is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_repeated_children(r, "UASC", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT36",
    .message = "Internal Check: Child should only exist once in UASC.",
    .tables = "UASC",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- UASC
CHILD
1
! 2
! 2
3
)"},
}};

}  // namespace
}  // namespace lens::validation
