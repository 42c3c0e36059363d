// 903 rule 120: the reason the decision to place for adoption was reversed, when given, must be
// an RD code.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "PlacedAdoption", "REASON_PLACED_CEASED", ssda903::CodeList::PlacedCeasedReason,
                          true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "120",
    .message = "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.",
    .tables = "PlacedAdoption",
    .fields = "REASON_PLACED_CEASED",
    .check = check,
    .examples = {R"(
--- PlacedAdoption
CHILD,REASON_PLACED_CEASED
1,RD1
2,RD4
3,
! 4,rd1
! 5,RD0
)"},
}};

}  // namespace
}  // namespace lens::validation
