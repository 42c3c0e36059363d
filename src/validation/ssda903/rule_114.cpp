// 903 rule 114: FOSTER_CARE (adopted by former foster carers), when given, must be 0 or 1.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "AD1", "FOSTER_CARE", ssda903::CodeList::YesNo, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "114",
    .message = "Data entry to record the status of former carer(s) of an adopted child is invalid.",
    .tables = "AD1",
    .fields = "FOSTER_CARE",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,FOSTER_CARE
1,0
2,1
3,
! 4,2
! 5,former foster carer
)"},
}};

}  // namespace
}  // namespace lens::validation
