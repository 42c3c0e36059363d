// 903 check INT33: a child has at most one row in OC2; every row of a repeated child is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_repeated_children(r, "OC2", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT33",
    .message = "Internal Check: Child should only exist once in OC2.",
    .tables = "OC2",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- OC2
CHILD
1
! 2
! 2
3
)"},
}};

}  // namespace
}  // namespace lens::validation
