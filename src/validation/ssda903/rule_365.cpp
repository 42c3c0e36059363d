// 903 rule 365: a spell under legal status V3 (a single short-term break) lasts no more than 17 days;
// an open episode runs to 31 March. Every episode of a longer spell is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_spells_longer_than(r, found, "V3", 17); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "365",
    .message = "Any individual short- term respite placement must not exceed 17 days.",
    .tables = "Episodes",
    .fields = "LS,DECOM,DEC",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,LS
# 17 days exactly
1,01/06/2020,18/06/2020,V3
# 18 days across two episodes, one beginning the day the other ended
! 2,01/06/2020,02/06/2020,V3
! 2,02/06/2020,19/06/2020,V3
# the same, but with a gap: two spells
3,01/06/2020,02/06/2020,V3
3,03/06/2020,19/06/2020,V3
# open, and begun more than 17 days before 31 March
! 4,01/01/2021,,V3
5,30/03/2021,,V3
6,01/06/2020,01/06/2021,C2
)"},
}};

}  // namespace
}  // namespace lens::validation
