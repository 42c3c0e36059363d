// 903 rule 407: an episode that ended in a special guardianship order (E45..E48) must end before
// the child's 18th birthday (on the birthday itself is still allowed).
#include "core/date.hpp"
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

bool is_sgo(std::string_view rec) { return rec == "E45" || rec == "E46" || rec == "E47" || rec == "E48"; }

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& header = r.table("Header");
  const int rec = eps.column("REC"), dec = eps.column("DEC"), dob = header.column("DOB");
  const auto header_row = ssda903_rules::first_row_by_child(header);
  std::vector<bool> header_flagged(header.rows());
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (!is_sgo(eps.text(row, rec))) continue;
    auto h = header_row.find(eps.child(row));
    if (h == header_row.end()) continue;
    OptDate birth = header.date(h->second, dob), ended = eps.date(row, dec);
    if (!birth || !ended || !(add_years(*birth, 18) < *ended)) continue;
    found.flag(eps, row);
    if (!header_flagged[h->second]) found.flag(header, h->second);
    header_flagged[h->second] = true;
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "407",
    .message = "Reason episode ceased is Special Guardianship Order, but child has reached age 18.",
    .tables = "Episodes,Header",
    .fields = "DEC,DOB,REC",
    .check = check,
    .examples = {R"(
# 1: SGO on the 18th birthday passes; 2: the day after fails (both of its episodes, one header
# row); 3: not an SGO; 4: no date of birth; 5: no end date; 6: born 29/02, 18 on 28/02.
--- Header
CHILD,DOB
1,01/01/2000
! 2,01/01/2000
3,01/01/2000
4,
5,01/01/2000
! 6,29/02/2004
--- Episodes
CHILD,DEC,REC
1,01/01/2018,E45
! 2,02/01/2018,E46
! 2,05/01/2018,E48
3,01/01/2019,E11
4,01/01/2019,E47
5,,E45
! 6,01/03/2022,E47
)"},
}};

}  // namespace
}  // namespace lens::validation
