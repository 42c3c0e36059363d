// 903 rule 169: an episode that is not a short break (LS V3 or V4) needs the local authority of
// the placement (PL_LA), where the return carries that column (it is derived from the
// placement postcode).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int pl_la = eps.column("PL_LA"), ls = eps.column("LS");
  if (pl_la < 0) return;
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.blank(row, pl_la) && !s903::one_of(eps.text(row, ls), {"V3", "V4"})) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "169",
    .message = "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.",
    .tables = "Episodes",
    .fields = "PL_LA",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,PL_LA
1,C2,E09000001
2,C2,NIR
! 3,C2,
4,V3,
5,V4,
)"},
}};

}  // namespace
}  // namespace lens::validation
