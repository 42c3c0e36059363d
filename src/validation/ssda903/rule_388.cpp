// 903 rule 388: an episode that ends with X1 (a new episode begins the same day) has a next
// episode (by DECOM) that begins on the day it ended.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), rec = eps.column("REC");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps))
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (eps.text(rows[i], rec) != "X1") continue;
      const OptDate ended = eps.date(rows[i], dec);
      if (!ended || i + 1 == rows.size() || eps.date(rows[i + 1], decom) != ended) found.flag(eps, rows[i]);
    }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "388",
    .message = "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
    .tables = "Episodes",
    .fields = "REC",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,DEC,REC
1,01/01/2020,01/02/2020,X1
1,01/02/2020,,
! 2,01/01/2020,01/02/2020,X1
2,02/02/2020,,
! 3,01/01/2020,01/02/2020,X1
4,01/01/2020,01/02/2020,E13
)"},
}};

}  // namespace
}  // namespace lens::validation
