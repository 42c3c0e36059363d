// 903 rule 113: the date of matching child and adopter(s), when given, must be a real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_not_dates(r, found, "AD1", "DATE_MATCH", true); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "113",
    .message = "Date matching child and adopter(s) is not a valid date.",
    .tables = "AD1",
    .fields = "DATE_MATCH",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,DATE_MATCH
1,29/02/2024
2,
! 3,29/02/2023
! 4,2023-01-01
)"},
}};

}  // namespace
}  // namespace lens::validation
