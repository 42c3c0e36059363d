// 903 rule 453: when last year ended with an open episode and this year's first episode carries
// on with the same reason for new episode, the placement distance must agree (within 0.2 miles,
// the rounding of a derived distance). Blank or non-numeric distances are not compared.
#include <cmath>

#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& last = r.table("Episodes_last");
  const int rne = eps.column("RNE"), distance = eps.column("PL_DISTANCE");
  const int rne_last = last.column("RNE"), distance_last = last.column("PL_DISTANCE"), dec_last = last.column("DEC");
  ssda903_rules::visit_first_and_last_years_last(r, [&](std::size_t first, std::size_t l) {
    auto now = ssda903_rules::number(eps, first, distance), then = ssda903_rules::number(last, l, distance_last);
    if (last.blank(l, dec_last) && eps.text(first, rne) == last.text(l, rne_last) && now && then &&
        std::fabs(*now - *then) >= 0.2)
      found.flag(eps, first);
  });
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "453",
    .message = "Contradiction between placement distance in the last episode of the previous year and in the first "
               "episode of the current year.",
    .tables = "Episodes,Episodes_last",
    .fields = "PL_DISTANCE",
    .check = check,
    .examples = {R"(
# 1: 0.1 apart passes; 2: 0.3 apart fails; 3: last year's episode had ended; 4: blank distance.
--- Episodes_last
CHILD,DECOM,DEC,RNE,PL_DISTANCE
1,01/01/2020,,S,10.0
2,01/01/2020,,S,10.0
3,01/01/2020,01/03/2021,S,10.0
4,01/01/2020,,S,10.0
--- Episodes
CHILD,DECOM,DEC,RNE,PL_DISTANCE
1,01/01/2020,,S,10.1
! 2,01/01/2020,,S,10.3
3,01/04/2021,,S,20.0
4,01/01/2020,,S,
)"},
}};

}  // namespace
}  // namespace lens::validation
