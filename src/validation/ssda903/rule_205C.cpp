// 903 rule 205C: a child UASC in neither year has no date UASC ceased in either year. Needs this
// and last year's UASC tables; the UASC row and the header row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto now = s903::uasc_status(r, ""), before = s903::uasc_status(r, "_last");
  if (!r.has("UASC") || !r.has("UASC_last") || !now || !before) return;
  const Table& uasc = r.table("UASC");
  const Table& last = r.table("UASC_last");
  const auto header_rows = s903::first_rows(r.table("Header"));
  std::unordered_set<std::string_view> ceased_last;
  const int duc = uasc.column("DUC"), duc_last = last.column("DUC");
  for (std::size_t row = 0; row < last.rows(); ++row)
    if (!last.blank(row, duc_last)) ceased_last.insert(last.child(row));
  auto never = [](const auto& status, std::string_view child) {
    auto it = status.find(child);
    return it == status.end() || it->second == "0" || it->second.empty();
  };
  for (std::size_t row = 0; row < uasc.rows(); ++row) {
    const std::string_view child = uasc.child(row);
    if (!never(*now, child) || !never(*before, child)) continue;
    if (!uasc.blank(row, duc) || ceased_last.contains(child)) {
      found.flag(uasc, row);
      if (auto h = header_rows.find(child); h != header_rows.end()) found.flag(r.table("Header"), h->second);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "205C",
    .message = "Child not identified as UASC either this year or last year but date UASC ceased has been provided.",
    .tables = "UASC,UASC_last,Header,Header_last",
    .fields = "DUC,UASC",
    .check = check,
    .examples = {R"(
year 2021
--- Header
CHILD,DOB,UASC
1,28/10/2004,0
! 2,19/02/2003,0
! 3,03/03/2002,0
4,03/03/2002,1
--- Header_last
CHILD,DOB,UASC
1,28/10/2004,0
2,19/02/2003,0
3,03/03/2002,0
4,03/03/2002,0
--- UASC
CHILD,DOB,DUC
1,28/10/2004,
! 2,19/02/2003,
! 3,03/03/2002,03/03/2020
4,03/03/2002,03/03/2020
--- UASC_last
CHILD,DOB,DUC
1,28/10/2004,
2,19/02/2003,19/02/2021
3,03/03/2002,
4,03/03/2002,
)"},
}};

}  // namespace
}  // namespace lens::validation
