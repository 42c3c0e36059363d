// 903 rule 503F: a child whose last episode of last year was still open carries it on into this
// year, so this year's first episode must have the same Ofsted URN (URN).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_first_episode_unlike_open_last(r, "URN", found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "503F",
    .message = "The Ofsted URN in the first episode does not match open episode at end of last year.",
    .tables = "Episodes,Episodes_last",
    .fields = "URN",
    .check = check,
    .examples = {R"(
# 1: last year's last episode (the later of two) was open and differs: this year's first fails.
# 2: the same value carries on; 3: last year's episode had ended; 4: blank both years;
# 5: blank last year only; 6: not in last year's return.
--- Episodes_last
CHILD,DECOM,DEC,URN
1,01/01/2020,01/06/2020,SC222222
1,01/06/2020,,SC111111
2,01/06/2020,,SC111111
3,01/06/2020,01/03/2021,SC111111
4,01/06/2020,,
5,01/06/2020,,
--- Episodes
CHILD,DECOM,DEC,URN
1,01/05/2021,,SC111111
! 1,01/06/2020,01/05/2021,SC222222
2,01/06/2020,,SC111111
3,01/04/2021,,SC222222
4,01/06/2020,,
! 5,01/06/2020,,SC222222
6,01/06/2021,,SC222222
)"},
}};

}  // namespace
}  // namespace lens::validation
