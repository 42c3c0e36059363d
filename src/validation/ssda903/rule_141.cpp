// 903 rule 141: the date an episode began, when given, must be a real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_not_dates(r, found, "Episodes", "DECOM", true); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "141",
    .message = "Date episode began is not a valid date.",
    .tables = "Episodes",
    .fields = "DECOM",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM
1,01/01/2021
2,
! 3,38/04/2019
! 4,01/01/19
)"},
}};

}  // namespace
}  // namespace lens::validation
