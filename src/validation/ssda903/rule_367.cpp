// 903 rule 367: short breaks (LS V3) add up to no more than 75 days in the collection year, each
// counted within 1 April to 31 March (an open one to 31 March); every V3 episode of a child over
// the limit is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!start || !end) return;
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), ls = eps.column("LS");
  std::unordered_map<std::string_view, std::pair<int, std::vector<std::size_t>>> breaks;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate began = eps.date(row, decom);
    if (eps.text(row, ls) != "V3" || !began) continue;
    const Date from = std::max(*began, *start), to = std::min(eps.date(row, dec).value_or(*end), *end);
    if (to - from <= 0) continue;
    auto& [days, rows] = breaks[eps.child(row)];
    days += to - from;
    rows.push_back(row);
  }
  for (const auto& [child, b] : breaks)
    if (b.first > 75)
      for (std::size_t row : b.second) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "367",
    .message = "The maximum amount of respite care allowable is 75 days in any 12-month period.",
    .tables = "Episodes",
    .fields = "LS,DECOM,DEC",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,LS
# 30 + 30 + 16 = 76 days
! 1,01/04/2020,01/05/2020,V3
1,01/05/2020,01/07/2020,C2
! 1,01/06/2020,01/07/2020,V3
! 1,01/07/2020,17/07/2020,V3
# 30 + 30 + 15 = 75 days
2,01/04/2020,01/05/2020,V3
2,01/06/2020,01/07/2020,V3
2,01/07/2020,16/07/2020,V3
# counted from 1 April: 61 days
3,01/01/2020,01/06/2020,V3
# open: 31 March - 1 December = 120 days
! 4,01/12/2020,,V3
)"},
}};

}  // namespace
}  // namespace lens::validation
