// 903 rule 145: the category of need, when given, must be a code of the list.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "Episodes", "CIN", ssda903::CodeList::CategoryOfNeed, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "145",
    .message = "Category of need code is not a valid code.",
    .tables = "Episodes",
    .fields = "CIN",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,CIN
1,N1
2,N8
3,
! 4,N9
! 5,n1
)"},
}};

}  // namespace
}  // namespace lens::validation
