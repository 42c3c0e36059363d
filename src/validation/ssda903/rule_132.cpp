// 903 rule 132: ACTIV (care leavers' activity) must be a code of the year's list (blank is an
// error too): F3/P3 until 2020-21, F4/P4/F5/P5 from 2021-22.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "OC3", "ACTIV", ssda903::CodeList::Activity, false);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "132",
    .message = "Data entry for activity after leaving care is invalid.",
    .tables = "OC3",
    .fields = "ACTIV",
    .check = check,
    .examples = {R"(
year 2024
--- OC3
CHILD,ACTIV
1,F1
2,P5
3,0
! 4,F3
! 5,
! 6,X
)",
R"(
year 2021
--- OC3
CHILD,ACTIV
1,F3
! 2,F5
)"},
}};

}  // namespace
}  // namespace lens::validation
