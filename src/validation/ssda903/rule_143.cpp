// 903 rule 143: the reason for a new episode, when given, must be a code of the list.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "Episodes", "RNE", ssda903::CodeList::ReasonNewEpisode, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "143",
    .message = "The reason for new episode code is not a valid code.",
    .tables = "Episodes",
    .fields = "RNE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,RNE
1,S
2,U
3,
! 4,s
! 5,X
)"},
}};

}  // namespace
}  // namespace lens::validation
