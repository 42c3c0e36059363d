// 903 rule 530: private provision (PR4) cannot provide placements P1.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_provider_placements(r, "PR4", {"P1"}, false, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "530",
    .message = "A placement provider code of PR4 cannot be associated with placement P1.",
    .tables = "Episodes",
    .fields = "PLACE,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
! 1,P1,PR4
2,U1,PR4
3,P1,
4,,
! 5,P1,PR4
)"},
}};

}  // namespace
}  // namespace lens::validation
