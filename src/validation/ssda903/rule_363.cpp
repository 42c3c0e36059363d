// 903 rule 363: a spell under legal status L3 (a child assessment order) lasts no more than 7 days;
// an open episode runs to 31 March. Every episode of a longer spell is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_spells_longer_than(r, found, "L3", 7); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "363",
    .message = "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.",
    .tables = "Episodes",
    .fields = "LS,DECOM,DEC",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,LS
# 7 days exactly
1,01/06/2020,08/06/2020,L3
# 8 days across two episodes, one beginning the day the other ended
! 2,01/06/2020,02/06/2020,L3
! 2,02/06/2020,09/06/2020,L3
# the same, but with a gap: two spells
3,01/06/2020,02/06/2020,L3
3,03/06/2020,09/06/2020,L3
# open, and begun more than 7 days before 31 March
! 4,01/01/2021,,L3
5,30/03/2021,,L3
6,01/06/2020,01/06/2021,C2
)"},
}};

}  // namespace
}  // namespace lens::validation
