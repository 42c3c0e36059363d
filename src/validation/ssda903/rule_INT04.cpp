// 903 check INT04: every child in Missing must have a Header row.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_children_not_in_header(r, "Missing", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT04",
    .message = "Internal Check: Child in Missing does not exist in Header.",
    .tables = "Header,Missing",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
--- Missing
CHILD
1
! 3
2
)"},
}};

}  // namespace
}  // namespace lens::validation
