// 903 check INT07: every child in PrevPerm must have a Header row.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_children_not_in_header(r, "PrevPerm", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT07",
    .message = "Internal Check: Child in PrevPerm does not exist in Header.",
    .tables = "Header,PrevPerm",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
--- PrevPerm
CHILD
1
! 3
2
)"},
}};

}  // namespace
}  // namespace lens::validation
