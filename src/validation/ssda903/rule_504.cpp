// 903 rule 504: within a period of care (an episode ending X1 and the next starting that day) the
// category of need stays as it was at the start; a blank one never matches.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rec = eps.column("REC"), dec = eps.column("DEC"), cin = eps.column("CIN");
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 1; k < rows.size(); ++k) {
      std::size_t now = rows[k], before = rows[k - 1];
      OptDate previous_end = eps.date(before, dec), start = seq.date(now);
      if (eps.text(before, rec) != "X1" || !previous_end || previous_end != start) continue;
      std::string_view need = eps.text(now, cin);
      if (need.empty() || need != eps.text(before, cin)) found.flag(eps, now);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "504",
    .message = "The category of need code differs from that reported at start of current period of being looked after",
    .tables = "Episodes",
    .fields = "CIN",
    .check = check,
    .examples = {R"(
# 1: N1 then N2 on the same day fails; then N2 carried on passes; then a gap of a day, N3
# passes. 2: a single episode. 3: blank both times fails.
--- Episodes
CHILD,DECOM,DEC,REC,CIN
1,01/06/2020,04/06/2020,X1,N1
! 1,04/06/2020,06/06/2020,X1,N2
1,06/06/2020,07/06/2020,X1,N2
1,08/06/2020,,,N3
2,10/06/2020,11/06/2020,X1,N3
3,04/06/2020,07/06/2020,X1,
! 3,07/06/2020,,,
)"},
}};

}  // namespace
}  // namespace lens::validation
