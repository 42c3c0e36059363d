// 903 check INT34: a child has at most one row in OC3; every row of a repeated child is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_repeated_children(r, "OC3", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT34",
    .message = "Internal Check: Child should only exist once in OC3.",
    .tables = "OC3",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- OC3
CHILD
1
! 2
! 2
3
)"},
}};

}  // namespace
}  // namespace lens::validation
