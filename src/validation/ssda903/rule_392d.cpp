// 903 rule 392d: the home and placement postcodes differ, unless the child is placed with
// parents (P1).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int home = eps.column("HOME_POST"), placed = eps.column("PL_POST"), place = eps.column("PLACE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view h = eps.text(row, home);
    if (!h.empty() && h == eps.text(row, placed) && eps.text(row, place) != "P1") found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "392d",
    .message = "Home and placement postcodes should not be same unless the placement type is P1.",
    .tables = "Episodes",
    .fields = "HOME_POST,PL_POST,PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,HOME_POST,PL_POST,PLACE
1,AB1 0JD,AB1 0JD,P1
2,AB1 0JD,EF3 4GH,U1
3,,,U1
! 4,AB1 0JD,AB1 0JD,U1
)"},
}};

}  // namespace
}  // namespace lens::validation
