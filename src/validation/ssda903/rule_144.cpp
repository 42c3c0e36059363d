// 903 rule 144: the legal status, when given, must be a code of the list.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "Episodes", "LS", ssda903::CodeList::LegalStatus, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "144",
    .message = "The legal status code is not a valid code.",
    .tables = "Episodes",
    .fields = "LS",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS
1,C2
2,V4
3,
! 4,c2
! 5,C3
)"},
}};

}  // namespace
}  // namespace lens::validation
