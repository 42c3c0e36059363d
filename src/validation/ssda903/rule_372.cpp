// 903 rule 372: a child placed in a young offender institution or prison (R5) is at least 10 when the placement
// begins.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placed_younger_than(r, found, {"R5"}, 10); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "372",
    .message = "Child in youth custody or prison should be at least 10.",
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
1,01/06/2010,R5
! 2,31/05/2010,R5
3,31/05/2010,U1
4,31/05/2001,R5
)"},
}};

}  // namespace
}  // namespace lens::validation
