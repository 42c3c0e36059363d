// 903 rule 520: a different-sex married couple (L11) must be recorded as MF.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_adopters_unless(r, "L11", {"MF"}, found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "520",
    .message = "Data entry on the legal status of adopters shows different gender married couple but data entry on "
               "genders of adopters shows it as a same gender couple.",
    .tables = "AD1",
    .fields = "LS_ADOPTR,SEX_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,LS_ADOPTR,SEX_ADOPTR
1,L11,MF
! 2,L11,FF
! 3,L11,
4,L0,M1
5,,FF
)"},
}};

}  // namespace
}  // namespace lens::validation
