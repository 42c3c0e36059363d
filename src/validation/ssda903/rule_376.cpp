// 903 rule 376: a temporary placement while the usual foster carers are on holiday (T3) lasts no more than 21 days.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_placements_longer_than(r, found, "T3", 21); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "376",
    .message = "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.",
    .tables = "Episodes,Header",
    .fields = "DECOM,PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,DEC,PLACE
1,01/01/2020,22/01/2020,T3
! 2,01/01/2020,23/01/2020,T3
3,01/01/2020,,T3
4,01/01/2020,01/01/2021,U1
)"},
}};

}  // namespace
}  // namespace lens::validation
