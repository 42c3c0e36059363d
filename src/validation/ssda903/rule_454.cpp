// 903 rule 454 (from 2025-26): a placement distance over 350 miles is implausible in England,
// except 999.9, the value for a placement abroad or unknown distance.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int distance = eps.column("PL_DISTANCE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    auto miles = ssda903_rules::number(eps, row, distance);
    if (miles && *miles > 350 && *miles != 999.9) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "454",
    .message = "Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for "
               "children formerly UASC not identified as such in loaded data]",
    .tables = "Episodes",
    .fields = "PL_DISTANCE",
    .from_year = 2026,
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PL_DISTANCE
1,350
2,999.9
3,-351
! 4,999
! 5,350.1
6,
)"},
}};

}  // namespace
}  // namespace lens::validation
