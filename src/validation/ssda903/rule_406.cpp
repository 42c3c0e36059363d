// 903 rule 406: a child who is UASC, or was last year, should have no placement distance (the
// distance from home means little for a child whose home is abroad).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto uasc = ssda903_rules::uasc_this_or_last_year(r);
  const Table& eps = r.table("Episodes");
  const int distance = eps.column("PL_DISTANCE");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (!eps.blank(row, distance) && uasc.contains(eps.child(row))) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "406",
    .message = "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. "
               "[NOTE: This check will result in false negatives for children formerly UASC not identified as such "
               "in loaded data]",
    .tables = "Episodes",
    .fields = "PL_DISTANCE",
    .check = check,
    .examples = {R"(
# 1 is UASC this year, 2 was last year, 4 has a UASC row; 5's UASC row is empty, 3 was never UASC.
--- Header
CHILD,UASC
1,1
2,0
3,0
--- Header_last
CHILD,UASC
2,1
3,0
--- UASC
CHILD,SEX,DOB,DUC
4,1,01/01/2008,01/01/2026
5,,,
--- Episodes
CHILD,PL_DISTANCE
! 1,12.3
1,
! 2,4.0
3,5.0
! 4,1.0
5,2.0
)"},
}};

}  // namespace
}  // namespace lens::validation
