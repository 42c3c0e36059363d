// 903 check INT32: a child has at most one row in Header; every row of a repeated child is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_repeated_children(r, "Header", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT32",
    .message = "Internal Check: Child should only exist once in Header.",
    .tables = "Header",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
! 2
! 2
3
)"},
}};

}  // namespace
}  // namespace lens::validation
