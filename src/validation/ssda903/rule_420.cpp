// 903 rule 420: a child looked after under a short-break legal status (V3, V4) has no LA of
// placement to record.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS"), la = eps.column("PL_LA");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view status = eps.text(row, ls);
    if ((status == "V3" || status == "V4") && !eps.blank(row, la)) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "420",
    .message = "LA of placement completed but child is looked after under legal status V3 or V4.",
    .tables = "Episodes",
    .fields = "PL_LA",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,PL_LA
1,C2,
! 2,V3,E09000002
! 3,V4,E09000003
4,V3,
5,C2,NIR
)"},
}};

}  // namespace
}  // namespace lens::validation
