// 903 rule 460: an episode that ended with the child staying with their carers at 18 or over
// (E17) cannot end before the 18th birthday.
#include "core/date.hpp"
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& header = r.table("Header");
  const int rec = eps.column("REC"), dec = eps.column("DEC"), dob = header.column("DOB");
  const auto header_row = ssda903_rules::first_row_by_child(header);
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (eps.text(row, rec) != "E17") continue;
    auto h = header_row.find(eps.child(row));
    if (h == header_row.end()) continue;
    OptDate birth = header.date(h->second, dob), ended = eps.date(row, dec);
    if (birth && ended && add_years(*birth, 18) > *ended) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "460",
    .message = "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged "
               "under 18.",
    .tables = "Header,Episodes",
    .fields = "DEC,REC",
    .check = check,
    .examples = {R"(
# 1: ends on the 18th birthday; 2: the day before; 3: another reason; 4: no date of birth.
--- Header
CHILD,DOB
1,16/03/2005
2,16/03/2005
3,16/03/2005
4,
--- Episodes
CHILD,DEC,REC
1,16/03/2023,E17
! 2,15/03/2023,E17
3,15/03/2023,X1
4,23/08/2020,E17
)"},
}};

}  // namespace
}  // namespace lens::validation
