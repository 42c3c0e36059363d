// 903 check INT06: every child in OC3 must have a Header row.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_children_not_in_header(r, "OC3", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT06",
    .message = "Internal Check: Child in OC3 does not exist in Header.",
    .tables = "Header,OC3",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
--- OC3
CHILD
1
! 3
2
)"},
}};

}  // namespace
}  // namespace lens::validation
