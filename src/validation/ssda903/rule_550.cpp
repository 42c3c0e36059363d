// 903 rule 550: parent or person with parental responsibility (PR0) can only go with placement P1.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_provider_placements(r, "PR0", {"P1"}, true, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "550",
    .message = "A placement provider code of PR0 can only be associated with placement P1.",
    .tables = "Episodes",
    .fields = "PLACE,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
! 1,T3,PR0
2,P1,PR0
3,T3,
4,,
! 5,,PR0
)"},
}};

}  // namespace
}  // namespace lens::validation
