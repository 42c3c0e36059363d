// 903 rule 383: after a temporary placement (T0 to T4) the child returns to the placement before
// it: the next episode begins with RNE P, in the same placement type at the same postcode as
// the episode before the temporary one.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), rne = eps.column("RNE"), post = eps.column("PL_POST");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps))
    for (std::size_t i = 2; i < rows.size(); ++i) {
      const std::size_t now = rows[i], temporary = rows[i - 1], before = rows[i - 2];
      if (!s903::one_of(eps.text(temporary, place), {"T0", "T1", "T2", "T3", "T4"})) continue;
      if (eps.text(now, rne) != "P" || eps.text(now, place) != eps.text(before, place) ||
          eps.text(now, post) != eps.text(before, post))
        found.flag(eps, now);
    }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "383",
    .message = "A child in a temporary placement must subsequently return to his/her normal placement.",
    .tables = "Episodes",
    .fields = "PLACE,RNE,PL_POST",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,RNE,PLACE,PL_POST
1,01/06/2020,S,U1,AB1 2CD
1,05/06/2020,P,T1,AB1 2CD
1,06/06/2020,P,U1,AB1 2CD
2,06/06/2020,S,U1,AB1 2CD
2,10/06/2020,P,T1,EF3 4GH
! 2,12/06/2020,P,U4,AB1 2CD
3,01/06/2020,S,U1,AB1 2CD
3,05/06/2020,P,T1,AB1 2CD
! 3,06/06/2020,T,U1,AB1 2CD
4,01/06/2020,S,U1,AB1 2CD
4,05/06/2020,P,T1,AB1 2CD
! 4,06/06/2020,P,U1,ZZ9 9ZZ
# the temporary placement is the first episode: nothing to return to
5,05/06/2020,S,T1,AB1 2CD
5,06/06/2020,P,U1,AB1 2CD
)"},
}};

}  // namespace
}  // namespace lens::validation
