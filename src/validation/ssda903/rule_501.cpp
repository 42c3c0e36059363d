// 903 rule 501: a child's episodes cannot overlap: each must start on or after the day the
// previous one (in start date order) ended.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int dec = eps.column("DEC");
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 1; k < rows.size(); ++k) {
      OptDate start = seq.date(rows[k]), previous_end = eps.date(rows[k - 1], dec);
      if (start && previous_end && *start < *previous_end) found.flag(eps, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "501",
    .message = "A new episode has started before the end date of the previous episode.",
    .tables = "Episodes",
    .fields = "DECOM,DEC",
    .check = check,
    .examples = {R"(
# 1: the second starts before the first ended, fails; the third starts on the day the second
# ended, passes; the fourth follows an open episode (no end date to compare). 2: two episodes
# starting the same day, the first running on.
--- Episodes
CHILD,DECOM,DEC
1,01/06/2020,04/06/2020
! 1,02/06/2020,06/06/2020
1,06/06/2020,
1,08/06/2020,09/06/2020
2,08/06/2020,09/06/2020
! 2,08/06/2020,10/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
