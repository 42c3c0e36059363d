// 903 rule 503J: a child whose last episode of last year was still open carries it on into this
// year, so this year's first episode must have the same placement location (PL_LOCATION).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_first_episode_unlike_open_last(r, "PL_LOCATION", found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "503J",
    .message = "The placement location in first episode does not match open episode at end of last year.",
    .tables = "Episodes,Episodes_last",
    .fields = "PL_LOCATION",
    .check = check,
    .examples = {R"(
# 1: last year's last episode (the later of two) was open and differs: this year's first fails.
# 2: the same value carries on; 3: last year's episode had ended; 4: blank both years;
# 5: blank last year only; 6: not in last year's return.
--- Episodes_last
CHILD,DECOM,DEC,PL_LOCATION
1,01/01/2020,01/06/2020,OUT
1,01/06/2020,,IN
2,01/06/2020,,IN
3,01/06/2020,01/03/2021,IN
4,01/06/2020,,
5,01/06/2020,,
--- Episodes
CHILD,DECOM,DEC,PL_LOCATION
1,01/05/2021,,IN
! 1,01/06/2020,01/05/2021,OUT
2,01/06/2020,,IN
3,01/04/2021,,OUT
4,01/06/2020,,
! 5,01/06/2020,,OUT
6,01/06/2021,,OUT
)"},
}};

}  // namespace
}  // namespace lens::validation
