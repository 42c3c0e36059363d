// 903 rule 547: a child with health promotion information (HEALTH_CHECK 1) must also have the immunisation, teeth
// check, health assessment and substance misuse fields of OC2 completed.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { ssda903_rules::flag_oc2_health_incomplete(r, "HEALTH_CHECK", found); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "547",
    .message = "Any child who has health promotion information completed must also have immunisation, teeth check, health "
               "assessment and substance misuse problem identified fields completed.",
    .tables = "OC2",
    .fields = "HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE",
    .check = check,
    .examples = {R"(
# 1: all four completed (0 counts as completed); 2, 3: one blank; 4: HEALTH_CHECK 0 needs none.
--- OC2
CHILD,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
1,1,1,0,1,0
! 2,1,,1,1,1
! 3,1,1,1,1,
4,0,,,,
5,,,,,
)"},
}};

}  // namespace
}  // namespace lens::validation
