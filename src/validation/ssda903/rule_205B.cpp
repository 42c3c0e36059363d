// 903 rule 205B: a child UASC in both years ceased to be UASC on the 18th birthday, as last
// year's return says, and this year's date ceased either falls in this collection year or repeats
// last year's. Needs this and last year's UASC tables; the UASC row and the header row are
// flagged.
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
  const auto dob_last = s903::dob_by_child(last);
  const auto header_rows = s903::first_rows(r.table("Header"));
  const int duc = uasc.column("DUC");
  for (std::size_t row = 0; row < uasc.rows(); ++row) {
    const std::string_view child = uasc.child(row);
    auto n = now->find(child);
    auto b = before->find(child);
    if (n == now->end() || n->second != "1" || b == before->end() || b->second != "1") continue;
    const OptDate ceased = uasc.date(row, duc), ceased_last = s903::dob_of(duc_last, child),
                  born = s903::dob_of(dob_last, child);
    const bool ceased_this_year = ceased && *ceased >= *start && *ceased <= *end;
    const bool same_as_last = ceased && ceased_last && *ceased == *ceased_last;
    const bool last_is_18th = ceased_last && born && *ceased_last == add_years(*born, 18);
    if ((!ceased_this_year && !same_as_last) || !last_is_18th) {
      found.flag(uasc, row);
      if (auto h = header_rows.find(child); h != header_rows.end()) found.flag(r.table("Header"), h->second);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "205B",
    .message = "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.",
    .tables = "UASC,UASC_last,Header,Header_last",
    .fields = "DUC,UASC",
    .check = check,
    .examples = {R"(
year 2021
--- Header
CHILD,DOB,UASC
7,23/07/2002,1
8,16/04/2001,1
! 9,04/11/2004,1
! 10,01/05/2002,1
--- Header_last
CHILD,DOB,UASC
7,23/07/2002,1
8,16/04/2001,1
9,04/11/2004,1
10,01/05/2002,1
--- UASC
CHILD,DOB,DUC
# 18 on 23 July 2020, in the year, and said so last year
7,23/07/2002,23/07/2020
# the same date as last year, the 18th birthday
8,16/04/2001,16/04/2019
# last year's date ceased is not the 18th birthday
! 9,04/11/2004,16/06/2020
# this year's date ceased is neither in the year nor last year's
! 10,01/05/2002,01/04/2021
--- UASC_last
CHILD,DOB,DUC
7,23/07/2002,23/07/2020
8,16/04/2001,16/04/2019
9,04/11/2004,04/11/2023
10,01/05/2002,01/05/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
