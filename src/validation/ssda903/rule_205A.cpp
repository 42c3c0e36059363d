// 903 rule 205A: a child UASC last year and not this year should have ceased to be UASC during
// last year: last year's date UASC ceased falls in last year's collection year, and this year's
// return gives no date. Needs this and last year's UASC tables; the UASC row and the child's
// header row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto now = s903::uasc_status(r, ""), before = s903::uasc_status(r, "_last");
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!r.has("UASC") || !r.has("UASC_last") || !now || !before || !start || !end) return;
  const Table& uasc = r.table("UASC");
  const Table& last = r.table("UASC_last");
  const auto duc_last = s903::first_dates(last, "DUC");
  const Date last_start = add_years(*start, -1), last_end = add_years(*end, -1);
  const auto header_rows = s903::first_rows(r.table("Header"));
  const int duc = uasc.column("DUC");
  for (std::size_t row = 0; row < uasc.rows(); ++row) {
    const std::string_view child = uasc.child(row);
    auto n = now->find(child);
    auto b = before->find(child);
    if ((n != now->end() && n->second == "1") || b == before->end() || b->second != "1") continue;
    const OptDate ceased_last = s903::dob_of(duc_last, child);
    const bool ceased_last_year = ceased_last && *ceased_last >= last_start && *ceased_last <= last_end;
    if (uasc.date(row, duc) || !ceased_last_year) {
      found.flag(uasc, row);
      if (auto h = header_rows.find(child); h != header_rows.end()) found.flag(r.table("Header"), h->second);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "205A",
    .message = "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.",
    .tables = "UASC,UASC_last,Header,Header_last",
    .fields = "CHILD,UASC",
    .check = check,
    .examples = {R"(
year 2021
--- Header
CHILD,DOB,UASC
2,04/06/2004,0
! 3,03/03/2002,0
! 4,28/03/2003,0
5,01/01/2005,1
--- Header_last
CHILD,DOB,UASC
2,04/06/2004,1
3,03/03/2002,1
4,28/03/2003,1
5,01/01/2005,1
--- UASC
CHILD,DOB,DUC
# ceased on 20 January 2020, in last year's collection year
2,04/06/2004,
# a date ceased this year too
! 3,03/03/2002,10/07/2020
# last year's date ceased is after last year's collection year
! 4,28/03/2003,
5,01/01/2005,
--- UASC_last
CHILD,DOB,DUC
2,04/06/2004,20/01/2020
3,03/03/2002,10/07/2019
4,28/03/2003,14/05/2020
5,01/01/2005,
)"},
}};

}  // namespace
}  // namespace lens::validation
