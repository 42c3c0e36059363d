// 903 rule 503G: a child whose last episode of last year was still open carries it on into this
// year, so this year's first episode must have the same placement distance (within 0.2 miles, the
// rounding of a derived distance). Blank or non-numeric distances are not compared.
#include <cmath>

#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& last = r.table("Episodes_last");
  const int distance = eps.column("PL_DISTANCE"), distance_last = last.column("PL_DISTANCE");
  const int dec_last = last.column("DEC");
  ssda903_rules::visit_first_and_last_years_last(r, [&](std::size_t first, std::size_t l) {
    auto now = ssda903_rules::number(eps, first, distance), then = ssda903_rules::number(last, l, distance_last);
    if (!last.date(l, dec_last) && now && then && std::fabs(*now - *then) >= 0.2) found.flag(eps, first);
  });
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "503G",
    .message = "The distance in first episode does not match open episode at end of last year.",
    .tables = "Episodes,Episodes_last",
    .fields = "PL_DISTANCE",
    .check = check,
    .examples = {R"(
# 1: 0.1 apart passes; 2: 0.3 apart fails; 3: last year's episode had ended; 4: blank this year.
--- Episodes_last
CHILD,DECOM,DEC,PL_DISTANCE
1,01/06/2020,,10.0
2,01/06/2020,,10.0
3,01/06/2020,01/03/2021,10.0
4,01/06/2020,,10.0
--- Episodes
CHILD,DECOM,DEC,PL_DISTANCE
1,01/06/2020,,10.1
! 2,01/06/2020,,9.7
3,01/04/2021,,20.0
4,01/06/2020,,
)"},
}};

}  // namespace
}  // namespace lens::validation
