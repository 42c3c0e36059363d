// 903 rule 371: a child placed in supported accommodation not subject to children's homes
// regulations (K3, H5) is at least 16 when the placement
// begins.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placed_younger_than(r, found, {"K3", "H5"}, 16); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "371",
    .message = "Child in supported accomodation not subject to children’s homes regulations should be at least 16.",
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
1,01/06/2016,K3
! 2,31/05/2016,K3
3,31/05/2016,U1
4,31/05/2001,K3
)"},
}};

}  // namespace
}  // namespace lens::validation
