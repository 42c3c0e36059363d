// 903 rule 112: the date the child should be placed for adoption, when given, must be a real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { s903::flag_not_dates(r, found, "AD1", "DATE_INT", true); }

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "112",
    .message = "Date should be placed for adoption is not a valid date.",
    .tables = "AD1",
    .fields = "DATE_INT",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,DATE_INT
1,01/01/2021
2,
! 3,38/04/2019
! 4,1/1/2019
)"},
}};

}  // namespace
}  // namespace lens::validation
