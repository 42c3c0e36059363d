// 903 rule 358: a child on a youth justice legal status (J1, J2, J3) is at least 10 when the
// episode begins (past the 10th birthday); the episode and the header row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& eps = r.table("Episodes");
  const auto header_rows = s903::first_rows(header);
  const int dob = header.column("DOB"), decom = eps.column("DECOM"), ls = eps.column("LS");
  std::unordered_set<std::size_t> flagged;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    auto h = header_rows.find(eps.child(row));
    if (h == header_rows.end() || !s903::one_of(eps.text(row, ls), {"J1", "J2", "J3"})) continue;
    const OptDate born = header.date(h->second, dob), began = eps.date(row, decom);
    if (!born || !began || add_years(*born, 10) < *began) continue;
    found.flag(eps, row);
    if (flagged.insert(h->second).second) found.flag(header, h->second);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "358",
    .message = "Child with this legal status should not be under 10.",
    .tables = "Header,Episodes",
    .fields = "DECOM,DOB,LS",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
! 1,01/01/2000
2,01/01/2000
! 3,03/01/2000
4,11/01/2002
--- Episodes
CHILD,DECOM,LS
! 1,01/01/2009,J3
2,03/01/2018,J2
# the 10th birthday itself
! 3,03/01/2010,J1
4,11/02/2012,J1
4,11/02/2011,C2
)"},
}};

}  // namespace
}  // namespace lens::validation
