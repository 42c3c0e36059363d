// 903 rule 233: an episode that has not ceased (no DEC) has no reason for placement change.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int dec = eps.column("DEC"), rpc = eps.column("REASON_PLACE_CHANGE");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.blank(row, dec) && !eps.blank(row, rpc)) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "233",
    .message = "Reason for placement change is not required when the episode has not ceased.",
    .tables = "Episodes",
    .fields = "REASON_PLACE_CHANGE,REASON_PLACE_CHANGE",
    .from_year = 2026,
    .check = check,
    .examples = {R"(
year 2026
--- Episodes
CHILD,DEC,REASON_PLACE_CHANGE
1,01/05/2025,CARPL
2,,
! 3,,CARPL
)"},
}};

}  // namespace
}  // namespace lens::validation
