// 903 rule 635: a previous permanence row giving the order's LA or date must say which option it
// was (PREV_PERM); blank fails.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& perm = r.table("PrevPerm");
  const int prev = perm.column("PREV_PERM"), la = perm.column("LA_PERM"), date = perm.column("DATE_PERM");
  for (std::size_t row = 0; row < perm.rows(); ++row)
    if ((!perm.blank(row, la) || !perm.blank(row, date)) && perm.blank(row, prev)) found.flag(perm, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "635",
    .message = "There are entries for date of order and local authority code where previous permanence option was "
               "arranged but previous permanence code is Z1",
    .tables = "PrevPerm",
    .fields = "LA_PERM,DATE_PERM,PREV_PERM",
    .check = check,
    .examples = {R"(
--- PrevPerm
CHILD,PREV_PERM,LA_PERM,DATE_PERM
1,Z1,,
! 2,,352,
! 3,,,01/05/2000
4,P1,352,05/05/2020
5,,,
)"},
}};

}  // namespace
}  // namespace lens::validation
