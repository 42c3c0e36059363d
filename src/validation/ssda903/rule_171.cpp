// 903 rule 171: the date of birth of a mother's child, when given, must be a real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_not_dates(r, found, "Header", "MC_DOB", true); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "171",
    .message = "Date of birth of mother's child is not a valid date.",
    .tables = "Header",
    .fields = "MC_DOB",
    .check = check,
    .examples = {R"(
--- Header
CHILD,MC_DOB
1,01/01/2021
2,
! 3,38/04/2019
)"},
}};

}  // namespace
}  // namespace lens::validation
