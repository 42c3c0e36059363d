// 903 rule 356: an episode cannot end before it began.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate began = eps.date(row, decom), ended = eps.date(row, dec);
    if (began && ended && *ended < *began) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "356",
    .message = "The date the episode ceased is before the date the same episode started.",
    .tables = "Episodes",
    .fields = "DECOM",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,DEC
1,01/01/2000,01/01/2000
! 2,04/05/2000,01/05/2000
3,01/03/2000,
)"},
}};

}  // namespace
}  // namespace lens::validation
