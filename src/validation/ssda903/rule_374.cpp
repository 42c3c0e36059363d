// 903 rule 374: a child placed in residential employment (P3) is at least 14 when the placement
// begins.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placed_younger_than(r, found, {"P3"}, 14); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "374",
    .message = "Child in residential employment should be at least 14 years old.",
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
1,01/06/2014,P3
! 2,31/05/2014,P3
3,31/05/2014,U1
4,31/05/2001,P3
)"},
}};

}  // namespace
}  // namespace lens::validation
