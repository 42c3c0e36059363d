// 903 rule 390: an episode that ends in adoption (REC E11 or E12) is a placement for adoption
// (A3 to A6).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), rec = eps.column("REC");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (s903::one_of(eps.text(row, rec), {"E11", "E12"}) && !s903::one_of(eps.text(row, place), {"A3", "A4", "A5", "A6"}))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "390",
    .message = "Reason episode ceased is adopted but child has not been previously placed for adoption.",
    .tables = "Episodes",
    .fields = "PLACE,REC",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,REC
1,A3,E11
2,A6,E12
! 3,U1,E11
4,U1,E13
)"},
}};

}  // namespace
}  // namespace lens::validation
