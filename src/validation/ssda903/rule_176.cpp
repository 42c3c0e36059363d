// 903 rule 176: the sex of the adopter(s), when given, must be a code of the list.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "AD1", "SEX_ADOPTR", ssda903::CodeList::AdopterSex, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "176",
    .message = "The gender of adopter(s) at the date of adoption code is not a valid code.",
    .tables = "AD1",
    .fields = "SEX_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,SEX_ADOPTR
1,MF
2,
! 3,FM
! 4,m1
)"},
}};

}  // namespace
}  // namespace lens::validation
