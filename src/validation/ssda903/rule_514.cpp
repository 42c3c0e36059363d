// 903 rule 514: a single adopter (LS_ADOPTR L0) must be recorded with a single adopter's sex (M1,
// F1); anything else, blank included, fails.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_adopters_unless(r, "L0", {"M1", "F1"}, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "514",
    .message = "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of "
               "adopters shows it as a couple.",
    .tables = "AD1",
    .fields = "LS_ADOPTR,SEX_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,LS_ADOPTR,SEX_ADOPTR
1,L0,M1
2,L2,MF
! 3,L0,MF
4,,
! 5,L0,
)"},
}};

}  // namespace
}  // namespace lens::validation
