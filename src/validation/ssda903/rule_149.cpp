// 903 rule 149: the reason an episode ceased, when given, must be a code of the year's list.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_codes_not_in(r, found, "Episodes", "REC", ssda903::CodeList::ReasonEpisodeCeased, true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "149",
    .message = "Reason episode ceased code is not valid.",
    .tables = "Episodes",
    .fields = "REC",
    .check = check,
    .examples = {R"(
year 2024
--- Episodes
CHILD,REC
1,E11
2,X1
3,
! 4,E43
! 5,e11
)"},
}};

}  // namespace
}  // namespace lens::validation
