// 903 rule 331: the child is matched with the adopter(s) no later than the placement that ends in
// adoption (REC E11 or E12) begins; the AD1 row and the episode are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& ad1 = r.table("AD1");
  const Table& eps = r.table("Episodes");
  const auto matched = s903::first_rows(ad1);
  const int match = ad1.column("DATE_MATCH"), decom = eps.column("DECOM"), rec = eps.column("REC");
  std::unordered_set<std::size_t> flagged;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    auto it = matched.find(eps.child(row));
    if (it == matched.end() || !s903::one_of(eps.text(row, rec), {"E11", "E12"})) continue;
    const OptDate m = ad1.date(it->second, match), placed = eps.date(row, decom);
    if (!m || !placed || *m <= *placed) continue;
    found.flag(eps, row);
    if (flagged.insert(it->second).second) found.flag(ad1, it->second);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "331",
    .message = "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.",
    .tables = "AD1,Episodes",
    .fields = "DATE_MATCH,DECOM,REC",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,DATE_MATCH
1,01/01/2020
! 2,02/06/2020
3,
4,01/02/2020
--- Episodes
CHILD,DECOM,REC
1,01/01/2020,E12
! 2,01/06/2020,E11
3,01/02/2020,E11
4,01/01/2020,X1
4,01/02/2020,E11
)"},
}};

}  // namespace
}  // namespace lens::validation
