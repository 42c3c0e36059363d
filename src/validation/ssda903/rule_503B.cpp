// 903 rule 503B: a child whose last episode of last year was still open carries it on into this
// year, so this year's first episode must have the same legal status (LS).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_first_episode_unlike_open_last(r, "LS", found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "503B",
    .message = "The legal status in the first episode does not match open episode at end of last year.",
    .tables = "Episodes,Episodes_last",
    .fields = "LS",
    .check = check,
    .examples = {R"(
# 1: last year's last episode (the later of two) was open and differs: this year's first fails.
# 2: the same value carries on; 3: last year's episode had ended; 4: blank both years;
# 5: blank last year only; 6: not in last year's return.
--- Episodes_last
CHILD,DECOM,DEC,LS
1,01/01/2020,01/06/2020,E1
1,01/06/2020,,C2
2,01/06/2020,,C2
3,01/06/2020,01/03/2021,C2
4,01/06/2020,,
5,01/06/2020,,
--- Episodes
CHILD,DECOM,DEC,LS
1,01/05/2021,,C2
! 1,01/06/2020,01/05/2021,E1
2,01/06/2020,,C2
3,01/04/2021,,E1
4,01/06/2020,,
! 5,01/06/2020,,E1
6,01/06/2021,,E1
)"},
}};

}  // namespace
}  // namespace lens::validation
