// 903 rule 375: a temporary placement in hospital (T1) lasts no more than 42 days.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placements_longer_than(r, found, "T1", 42); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "375",
    .message = "Hospitalisation coded as a temporary placement exceeds six weeks.",
    .tables = "Episodes,Header",
    .fields = "DECOM,PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,DEC,PLACE
1,01/01/2020,12/02/2020,T1
! 2,01/01/2020,13/02/2020,T1
3,01/01/2020,,T1
4,01/01/2020,01/01/2021,U1
)"},
}};

}  // namespace
}  // namespace lens::validation
