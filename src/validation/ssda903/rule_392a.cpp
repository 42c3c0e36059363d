// 903 rule 392a: an episode that is not a short break (LS V3 or V4) of a child who is not and was
// not UASC has a placement distance, where the return carries that column (PL_DISTANCE, derived
// from the postcodes).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int distance = eps.column("PL_DISTANCE"), ls = eps.column("LS");
  if (distance < 0) return;
  const auto uasc = s903::uasc_children(r);
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.blank(row, distance) && !s903::one_of(eps.text(row, ls), {"V3", "V4"}) && !uasc.contains(eps.child(row)))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "392a",
    .message = "Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]",
    .tables = "Episodes",
    .fields = "PL_DISTANCE",
    .check = check,
    .examples = {R"(
--- Header
CHILD,UASC
1,0
2,0
3,1
--- Episodes
CHILD,LS,PL_DISTANCE
1,C2,3.2
! 2,C2,
2,V3,
3,C2,
)"},
}};

}  // namespace
}  // namespace lens::validation
