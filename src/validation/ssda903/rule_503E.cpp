// 903 rule 503E: a child whose last episode of last year was still open carries it on into this
// year, so this year's first episode must have the same placement provider (PLACE_PROVIDER).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_first_episode_unlike_open_last(r, "PLACE_PROVIDER", found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "503E",
    .message = "The placement provider in the first episode does not match open episode at end of last year.",
    .tables = "Episodes,Episodes_last",
    .fields = "PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
# 1: last year's last episode (the later of two) was open and differs: this year's first fails.
# 2: the same value carries on; 3: last year's episode had ended; 4: blank both years;
# 5: blank last year only; 6: not in last year's return.
--- Episodes_last
CHILD,DECOM,DEC,PLACE_PROVIDER
1,01/01/2020,01/06/2020,PR2
1,01/06/2020,,PR1
2,01/06/2020,,PR1
3,01/06/2020,01/03/2021,PR1
4,01/06/2020,,
5,01/06/2020,,
--- Episodes
CHILD,DECOM,DEC,PLACE_PROVIDER
1,01/05/2021,,PR1
! 1,01/06/2020,01/05/2021,PR2
2,01/06/2020,,PR1
3,01/04/2021,,PR2
4,01/06/2020,,
! 5,01/06/2020,,PR2
6,01/06/2021,,PR2
)"},
}};

}  // namespace
}  // namespace lens::validation
