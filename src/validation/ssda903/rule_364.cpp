// 903 rule 364: a spell under legal status J2 (detained under PACE in local authority accommodation) lasts no more than 21 days;
// an open episode runs to 31 March. Every episode of a longer spell is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_spells_longer_than(r, found, "J2", 21); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "364",
    .message = "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.",
    .tables = "Episodes",
    .fields = "LS,DECOM,DEC",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,LS
# 21 days exactly
1,01/06/2020,22/06/2020,J2
# 22 days across two episodes, one beginning the day the other ended
! 2,01/06/2020,02/06/2020,J2
! 2,02/06/2020,23/06/2020,J2
# the same, but with a gap: two spells
3,01/06/2020,02/06/2020,J2
3,03/06/2020,23/06/2020,J2
# open, and begun more than 21 days before 31 March
! 4,01/01/2021,,J2
5,30/03/2021,,J2
6,01/06/2020,01/06/2021,C2
)"},
}};

}  // namespace
}  // namespace lens::validation
