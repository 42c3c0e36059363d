// 903 rule 370: a child in independent living (P2) is at least 16 when the placement begins
// (2023-24 only).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placed_younger_than(r, found, {"P2"}, 16); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "370",
    .message = "Child in independent living should be at least 16.",
    .tables = "Episodes,Header",
    .fields = "DECOM,PLACE",
    .to_year = 2024,
    .check = check,
    .examples = {R"(
year 2024
--- Header
CHILD,DOB
1,01/06/2007
2,01/06/2007
--- Episodes
CHILD,DECOM,PLACE
1,01/06/2023,P2
! 2,31/05/2023,P2
)"},
}};

}  // namespace
}  // namespace lens::validation
