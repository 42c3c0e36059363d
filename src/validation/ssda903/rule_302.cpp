// 903 rule 302: a child's first episode (earliest DECOM) cannot start before the child was born;
// the episode and the header row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& eps = r.table("Episodes");
  const auto header_rows = s903::first_rows(header);
  const int dob = header.column("DOB"), decom = eps.column("DECOM");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps)) {
    auto h = header_rows.find(child);
    if (h == header_rows.end()) continue;
    auto first = std::find_if(rows.begin(), rows.end(), [&](std::size_t row) { return eps.date(row, decom).has_value(); });
    const OptDate born = header.date(h->second, dob);
    if (first == rows.end() || !born || *eps.date(*first, decom) >= *born) continue;
    found.flag(eps, *first);
    found.flag(header, h->second);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "302",
    .message = "First episode starts before child was born.",
    .tables = "Header,Episodes",
    .fields = "DECOM,DOB",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
101,16/03/2021
! 102,31/12/2020
! 103,01/01/1995
--- Episodes
CHILD,DECOM
# started the day the child was born
101,16/03/2021
! 102,23/08/2020
! 103,01/02/1988
103,03/04/1994
104,01/01/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
