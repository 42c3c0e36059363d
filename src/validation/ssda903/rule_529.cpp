// 903 rule 529: other public provision (PR3) cannot provide placements with parents (P1), for
// adoption (A3..A6), in children's homes (K1, K2) or foster care (U1..U6).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_provider_placements(
      r, "PR3", {"A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6"}, false, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "529",
    .message = "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to "
               "U6 as these placements cannot be provided by other public organisations.",
    .tables = "Episodes",
    .fields = "PLACE,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
! 1,U3,PR3
2,T1,PR3
3,U3,
4,,
! 5,U3,PR3
)"},
}};

}  // namespace
}  // namespace lens::validation
