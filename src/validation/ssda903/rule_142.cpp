// 903 rule 142: every episode but a child's latest (by DECOM) must have ended: DEC and REC
// given. Episodes without a real DECOM are left to rule 141.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), rec = eps.column("REC");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps)) {
    if (child.empty()) continue;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
      const std::size_t row = rows[i];
      if (eps.date(row, decom) && (!eps.date(row, dec) || eps.blank(row, rec))) found.flag(eps, row);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "142",
    .message = "A new episode has started, but the previous episode has not ended.",
    .tables = "Episodes",
    .fields = "DEC,REC",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,DEC,REC
1,01/06/2020,04/06/2020,X1
! 1,05/06/2020,06/06/2020,
1,06/06/2020,08/06/2020,X1
# the latest episode may be open
1,08/06/2020,,
2,05/06/2020,06/06/2020,
! 3,06/06/2020,,E11
3,07/06/2020,,
# listed out of order: the earlier one is still open
4,15/06/2020,,
! 4,09/06/2020,,
# no real start date: rule 141's business
5,31/06/2020,,
5,01/07/2020,,
)"},
}};

}  // namespace
}  // namespace lens::validation
