// 903 rule 147: the date an episode ceased, when given, must be a real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_not_dates(r, found, "Episodes", "DEC", true); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "147",
    .message = "Date episode ceased is not a valid date.",
    .tables = "Episodes",
    .fields = "DEC",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DEC
1,31/03/2021
2,
! 3,31/04/2021
)"},
}};

}  // namespace
}  // namespace lens::validation
