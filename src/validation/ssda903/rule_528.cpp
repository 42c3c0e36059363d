// 903 rule 528: another authority's provision (PR2) cannot provide placements P1, R2, R5.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_provider_placements(r, "PR2", {"P1", "R2", "R5"}, false, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "528",
    .message = "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
    .tables = "Episodes",
    .fields = "PLACE,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
! 1,R5,PR2
2,U1,PR2
3,R5,
4,,
! 5,R5,PR2
)"},
}};

}  // namespace
}  // namespace lens::validation
