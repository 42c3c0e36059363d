// 903 check INT01: every child in AD1 must have a Header row.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_children_not_in_header(r, "AD1", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "INT01",
    .message = "Data Integrity Check: Child in AD1 does not exist in Header.",
    .tables = "Header,AD1",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
--- AD1
CHILD
1
! 3
2
)"},
}};

}  // namespace
}  // namespace lens::validation
