// 903 rule 177: the legal status of the adopter(s), when given, must be a code of the list.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "AD1", "LS_ADOPTR", ssda903::CodeList::AdopterLegalStatus, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "177",
    .message = "The legal status of adopter(s) code is not a valid code.",
    .tables = "AD1",
    .fields = "LS_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,LS_ADOPTR
1,L0
2,L12
3,
! 4,L1
! 5,l0
)"},
}};

}  // namespace
}  // namespace lens::validation
