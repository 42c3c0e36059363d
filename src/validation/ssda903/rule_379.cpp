// 903 rule 379: a temporary placement for an unspecified reason (T4) lasts no more than 7 days.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placements_longer_than(r, found, "T4", 7); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "379",
    .message = "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.",
    .tables = "Episodes,Header",
    .fields = "DECOM,PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,DEC,PLACE
1,01/01/2020,08/01/2020,T4
! 2,01/01/2020,09/01/2020,T4
3,01/01/2020,,T4
4,01/01/2020,01/01/2021,U1
)"},
}};

}  // namespace
}  // namespace lens::validation
