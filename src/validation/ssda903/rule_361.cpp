// 903 rule 361: a spell under legal status L1 (police protection) lasts no more than 3 days;
// an open episode runs to 31 March. Every episode of a longer spell is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_spells_longer_than(r, found, "L1", 3); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "361",
    .message = "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.",
    .tables = "Episodes",
    .fields = "DECOM,LS,DEC",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,LS
# 3 days exactly
1,01/06/2020,04/06/2020,L1
# 4 days across two episodes, one beginning the day the other ended
! 2,01/06/2020,02/06/2020,L1
! 2,02/06/2020,05/06/2020,L1
# the same, but with a gap: two spells
3,01/06/2020,02/06/2020,L1
3,03/06/2020,05/06/2020,L1
# open, and begun more than 3 days before 31 March
! 4,01/01/2021,,L1
5,30/03/2021,,L1
6,01/06/2020,01/06/2021,C2
)"},
}};

}  // namespace
}  // namespace lens::validation
