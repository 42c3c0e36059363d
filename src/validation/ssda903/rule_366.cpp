// 903 rule 366: a short-term break (LS V3) is one placement: each V3 episode begins with RNE S.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS"), rne = eps.column("RNE");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.text(row, ls) == "V3" && eps.text(row, rne) != "S") found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "366",
    .message = "A child cannot change placement during the course of an individual short-term respite break.",
    .tables = "Episodes",
    .fields = "RNE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,RNE
1,V3,S
2,V4,T
! 3,V3,U
! 4,V3,
)"},
}};

}  // namespace
}  // namespace lens::validation
