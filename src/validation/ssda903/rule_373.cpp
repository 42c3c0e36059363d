// 903 rule 373: a child placed in a residential school (S1) is at least 4 when the placement
// begins.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placed_younger_than(r, found, {"S1"}, 4); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "373",
    .message = "Child placed in a school should be at least 4 years old.",
    .tables = "Episodes,Header",
    .fields = "DECOM,PLACE",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
1,01/06/2000
2,01/06/2000
3,01/06/2000
--- Episodes
CHILD,DECOM,PLACE
# the birthday itself
1,01/06/2004,S1
! 2,31/05/2004,S1
3,31/05/2004,U1
4,31/05/2001,S1
)"},
}};

}  // namespace
}  // namespace lens::validation
