// 903 rule 377: no more than two temporary placements while the usual foster carers are on
// holiday (T3) begin within any 12 months; every T3 episode in a 12 months that has more is
// flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), place = eps.column("PLACE");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps)) {
    std::vector<std::size_t> t3;
    for (std::size_t row : rows)
      if (eps.text(row, place) == "T3" && eps.date(row, decom)) t3.push_back(row);
    std::vector<bool> flag(t3.size(), false);
    // A window of three that begin within 12 months of the first of them.
    for (std::size_t i = 0; i + 2 < t3.size(); ++i)
      if (*eps.date(t3[i + 2], decom) < add_years(*eps.date(t3[i], decom), 1)) flag[i] = flag[i + 1] = flag[i + 2] = true;
    for (std::size_t i = 0; i < t3.size(); ++i)
      if (flag[i]) found.flag(eps, t3[i]);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "377",
    .message = "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
    .tables = "Episodes",
    .fields = "PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,PLACE
! 1,01/06/2020,T3
1,05/06/2020,U1
! 1,06/06/2020,T3
! 1,08/06/2020,T3
2,05/06/2020,T3
2,10/06/2020,T3
# the third begins 12 months after the first
3,01/06/2019,T3
3,01/07/2019,T3
3,01/06/2020,T3
)"},
}};

}  // namespace
}  // namespace lens::validation
