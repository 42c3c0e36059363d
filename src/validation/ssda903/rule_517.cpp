// 903 rule 517: a different-sex unmarried couple (L3) must be recorded as MF.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_adopters_unless(r, "L3", {"MF"}, found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "517",
    .message = "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = "
               "the adopting couple are male and female.",
    .tables = "AD1",
    .fields = "LS_ADOPTR,SEX_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,LS_ADOPTR,SEX_ADOPTR
1,L3,MF
! 2,L3,MM
! 3,L3,
4,L0,M1
5,,MM
)"},
}};

}  // namespace
}  // namespace lens::validation
