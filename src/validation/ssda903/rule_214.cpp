// 903 rule 214: a short break (LS V3 or V4) has no placement postcode or URN.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS"), pl_post = eps.column("PL_POST"), urn = eps.column("URN");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (s903::one_of(eps.text(row, ls), {"V3", "V4"}) && (!eps.blank(row, pl_post) || !eps.blank(row, urn)))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "214",
    .message = "Placement location information not required.",
    .tables = "Episodes",
    .fields = "PL_POST,URN",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,PL_POST,URN
! 1,V3,M2 3RT,XXXXXX
2,C2,M2 3RT,SC045099
! 3,V4,M2 3RT,
! 4,V4,,SC045099
5,V3,,
)"},
}};

}  // namespace
}  // namespace lens::validation
