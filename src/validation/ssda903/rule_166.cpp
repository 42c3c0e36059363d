// 903 rule 166: every review must have a real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_not_dates(r, found, "Reviews", "REVIEW", false); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "166",
    .message = "Date of review is invalid or blank.",
    .tables = "Reviews",
    .fields = "REVIEW",
    .check = check,
    .examples = {R"(
--- Reviews
CHILD,REVIEW
1,01/01/2021
! 2,38/04/2019
! 3,01/01/19
! 4,
)"},
}};

}  // namespace
}  // namespace lens::validation
