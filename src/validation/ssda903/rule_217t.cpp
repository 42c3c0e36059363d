// 903 rule 217t: independent living (P2) is no longer a placement type for episodes starting on or
// after 28 October 2023 (2023-24 only; P2 left the code list after that year).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Date from = *Date::from_ymd(2023, 10, 28);
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), decom = eps.column("DECOM");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate d = eps.date(row, decom);
    if (eps.text(row, place) == "P2" && d && *d >= from) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "217t",
    .message = "Placement type 'P2' is not a valid placement type from 28 October 2023.",
    .tables = "Episodes",
    .fields = "DECOM,PLACE",
    .to_year = 2024,
    .check = check,
    .examples = {R"(
year 2024
--- Episodes
CHILD,PLACE,DECOM
1,P2,27/10/2023
! 2,P2,28/10/2023
3,U1,01/11/2023
)"},
}};

}  // namespace
}  // namespace lens::validation
