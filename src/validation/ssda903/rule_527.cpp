// 903 rule 527: the authority's own provision (PR1) cannot provide placements P1, R2, R5.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_provider_placements(r, "PR1", {"P1", "R2", "R5"}, false, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "527",
    .message = "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
    .tables = "Episodes",
    .fields = "PLACE,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
! 1,R2,PR1
2,U1,PR1
3,R2,
4,,
! 5,R2,PR1
)"},
}};

}  // namespace
}  // namespace lens::validation
