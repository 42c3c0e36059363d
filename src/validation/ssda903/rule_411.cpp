// 903 rule 411: a placement inside the authority (PL_LOCATION "IN") must name the authority as the
// LA of placement. Passes when the return's authority is unknown.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  if (r.la.empty()) return;
  const Table& eps = r.table("Episodes");
  const int location = eps.column("PL_LOCATION"), la = eps.column("PL_LA");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.text(row, location) == "IN" && eps.text(row, la) != r.la) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "411",
    .message = "Placement location code disagrees with LA of placement.",
    .tables = "Episodes",
    .fields = "PL_LOCATION",
    .check = check,
    .examples = {R"(
la 301
--- Episodes
CHILD,PL_LOCATION,PL_LA
1,IN,301
! 2,IN,302
! 3,IN,
4,OUT,301
5,,302
)"},
}};

}  // namespace
}  // namespace lens::validation
