// 903 rule 102: the date of birth must be a real DD/MM/YYYY date (blank is an error too).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_not_dates(r, found, "Header", "DOB", false); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "102",
    .message = "Date of birth is not a valid date.",
    .tables = "Header",
    .fields = "DOB",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
1,01/01/2021
2,29/02/2020
! 3,29/02/2019
! 4,38/04/2019
! 5,01/01/19
! 6,
)"},
}};

}  // namespace
}  // namespace lens::validation
