// 903 rule 452: when last year ended with an open episode and this year's first episode carries
// on with the same reason for new episode, the LA of placement must be the same.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& last = r.table("Episodes_last");
  const int rne = eps.column("RNE"), la = eps.column("PL_LA");
  const int rne_last = last.column("RNE"), la_last = last.column("PL_LA"), dec_last = last.column("DEC");
  ssda903_rules::visit_first_and_last_years_last(r, [&](std::size_t first, std::size_t l) {
    if (last.blank(l, dec_last) && eps.text(first, rne) == last.text(l, rne_last) &&
        eps.text(first, la) != last.text(l, la_last))
      found.flag(eps, first);
  });
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "452",
    .message = "Contradiction between local authority of placement code in the last episode of the previous year and in "
               "the first episode of the current year.",
    .tables = "Episodes,Episodes_last",
    .fields = "PL_LA",
    .check = check,
    .examples = {R"(
# 1: same LA; 2: LA changed under the same RNE, fails on the first episode only; 3: last year's
# episode had ended; 4: a different RNE; 5: not in last year's return.
--- Episodes_last
CHILD,DECOM,DEC,RNE,PL_LA
1,01/01/2020,,S,E1
2,01/01/2019,01/01/2020,S,E1
2,01/01/2020,,P,E1
3,01/01/2020,01/03/2021,S,E1
4,01/01/2020,,S,E1
--- Episodes
CHILD,DECOM,DEC,RNE,PL_LA
1,01/01/2020,,S,E1
2,01/06/2021,,P,E2
! 2,01/01/2020,01/06/2021,P,E2
3,01/04/2021,,S,E2
4,01/01/2020,,L,E2
5,01/04/2021,,S,E2
)"},
}};

}  // namespace
}  // namespace lens::validation
