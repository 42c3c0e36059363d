// 903 check INT05: every child in OC2 must have a Header row.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_children_not_in_header(r, "OC2", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT05",
    .message = "Internal Check: Child in OC2 does not exist in Header.",
    .tables = "Header,OC2",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
--- OC2
CHILD
1
! 3
2
)"},
}};

}  // namespace
}  // namespace lens::validation
