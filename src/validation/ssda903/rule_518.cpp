// 903 rule 518: a same-sex unmarried couple (L4) must be recorded as MM or FF.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_adopters_unless(r, "L4", {"MM", "FF"}, found);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "518",
    .message = "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or "
               "FF. MM = the adopting couple are both males. FF = the adopting couple are both females.",
    .tables = "AD1",
    .fields = "LS_ADOPTR,SEX_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,LS_ADOPTR,SEX_ADOPTR
1,L4,FF
! 2,L4,MF
! 3,L4,
4,L0,M1
5,,MF
)"},
}};

}  // namespace
}  // namespace lens::validation
