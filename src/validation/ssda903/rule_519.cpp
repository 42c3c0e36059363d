// 903 rule 519: a civil partnership couple (L2) must be recorded as a couple: MM, FF or MF.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_adopters_unless(r, "L2", {"MM", "FF", "MF"}, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "519",
    .message = "Data entered on the legal status of adopters shows civil partnership couple, but data entered on "
               "genders of adopters does not show it as a couple.",
    .tables = "AD1",
    .fields = "LS_ADOPTR,SEX_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,LS_ADOPTR,SEX_ADOPTR
1,L2,MF
! 2,L2,M1
! 3,L2,
4,L0,M1
5,,M1
)"},
}};

}  // namespace
}  // namespace lens::validation
