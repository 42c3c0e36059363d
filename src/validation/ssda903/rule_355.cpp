// 903 rule 355: an episode that ends on the day it began appears to have lasted under 24 hours.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate began = eps.date(row, decom), ended = eps.date(row, dec);
    if (began && ended && *began == *ended) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "355",
    .message = "Episode appears to have lasted for less than 24 hours",
    .tables = "Episodes",
    .fields = "DECOM,DEC",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,DEC
! 1,01/01/2000,01/01/2000
2,01/02/2000,01/03/2000
3,01/03/2000,
4,01/05/2000,02/05/2000
)"},
}};

}  // namespace
}  // namespace lens::validation
