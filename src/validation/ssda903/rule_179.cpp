// 903 rule 179: an episode that is not a short break (LS V3 or V4) needs the placement location
// (PL_LOCATION, in or out of the authority), where the return carries that column (it is
// derived from the placement postcode).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int location = eps.column("PL_LOCATION"), ls = eps.column("LS");
  if (location < 0) return;
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.blank(row, location) && !s903::one_of(eps.text(row, ls), {"V3", "V4"})) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "179",
    .message = "Placement location code is not a valid code.",
    .tables = "Episodes",
    .fields = "PL_LOCATION",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,PL_LOCATION
1,C2,IN
2,C2,OUT
! 3,C2,
4,V3,
)"},
}};

}  // namespace
}  // namespace lens::validation
