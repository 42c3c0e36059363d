// 903 rule 115: the date of the decision to place for adoption, when given, must be a real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_not_dates(r, found, "PlacedAdoption", "DATE_PLACED", true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "115",
    .message = "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
    .tables = "PlacedAdoption",
    .fields = "DATE_PLACED",
    .check = check,
    .examples = {R"(
--- PlacedAdoption
CHILD,DATE_PLACED
1,01/01/2021
2,
! 3,38/04/2019
)"},
}};

}  // namespace
}  // namespace lens::validation
