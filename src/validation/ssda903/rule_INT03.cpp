// 903 check INT03: every child in Episodes must have a Header row.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_children_not_in_header(r, "Episodes", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT03",
    .message = "Internal Check: Child in Episodes does not exist in Header.",
    .tables = "Header,Episodes",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
--- Episodes
CHILD
1
! 3
2
)"},
}};

}  // namespace
}  // namespace lens::validation
