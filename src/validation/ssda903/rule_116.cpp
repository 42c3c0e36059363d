// 903 rule 116: the date of the decision no longer to place for adoption, when given, must be a
// real date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  s903::flag_not_dates(r, found, "PlacedAdoption", "DATE_PLACED_CEASED", true);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "116",
    .message = "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
    .tables = "PlacedAdoption",
    .fields = "DATE_PLACED_CEASED",
    .check = check,
    .examples = {R"(
--- PlacedAdoption
CHILD,DATE_PLACED_CEASED
1,01/01/2021
2,
! 3,31/04/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
