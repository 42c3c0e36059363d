// 903 check INT08: every child in Reviews must have a Header row.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_children_not_in_header(r, "Reviews", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT08",
    .message = "Internal Check: Child in Reviews does not exist in Header.",
    .tables = "Header,Reviews",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
--- Reviews
CHILD
1
! 3
2
)"},
}};

}  // namespace
}  // namespace lens::validation
