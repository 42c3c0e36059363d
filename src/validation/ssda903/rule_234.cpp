// 903 rule 234: a placement cannot end for custody (REASON_PLACE_CHANGE CUSTOD) when the child
// is under 10 at the start of the next episode; the episode with the reason is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto dobs = s903::dob_by_child(r.table("Header"));
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), rpc = eps.column("REASON_PLACE_CHANGE");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps)) {
    const OptDate born = s903::dob_of(dobs, child);
    if (!born) continue;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
      const OptDate next_start = eps.date(rows[i + 1], decom);
      if (eps.text(rows[i], rpc) == "CUSTOD" && next_start && *next_start < add_years(*born, 10))
        found.flag(eps, rows[i]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "234",
    .message = "A child aged under 10 can not change placement due to being admitted to custody",
    .tables = "Episodes,Header",
    .fields = "REASON_PLACE_CHANGE,DOB",
    .from_year = 2026,
    .check = check,
    .examples = {R"(
year 2026
--- Header
CHILD,DOB
1,01/01/2016
2,01/01/2015
3,01/01/2016
--- Episodes
CHILD,DECOM,REASON_PLACE_CHANGE
! 1,01/06/2025,CUSTOD
1,01/09/2025,
# 10 on 1 January 2025, the day the next episode began
2,01/06/2024,CUSTOD
2,01/01/2025,
3,01/06/2025,CARPL
3,01/09/2025,
)"},
}};

}  // namespace
}  // namespace lens::validation
