// 903 rule 431: a new period of care (RNE "S") cannot start on or before the day the child's
// previous episode ended; that is a continuing episode, not a new start.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rne = eps.column("RNE"), dec = eps.column("DEC");
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 1; k < rows.size(); ++k) {
      OptDate start = seq.date(rows[k]), previous_end = eps.date(rows[k - 1], dec);
      if (eps.text(rows[k], rne) == "S" && start && previous_end && *start <= *previous_end) found.flag(eps, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "431",
    .message = "The reason for new episode is started to be looked after, but the previous episode ended on the same "
               "day.",
    .tables = "Episodes",
    .fields = "RNE,DECOM",
    .check = check,
    .examples = {R"(
# 1: a new start the day after the last episode ended passes, one on the same day fails (rows
# out of date order); 2: the first episode has no previous one; 3: previous episode still open.
--- Episodes
CHILD,DECOM,DEC,RNE
1,01/06/2020,04/06/2020,S
! 1,06/06/2020,08/06/2020,S
1,05/06/2020,06/06/2020,S
2,05/06/2020,06/06/2020,S
3,06/06/2020,,S
3,10/06/2020,,S
)"},
}};

}  // namespace
}  // namespace lens::validation
