// 903 rule 354: no episode starts after the collection year ends (31 March).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate began = eps.date(row, decom);
    if (began && *began > *end) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "354",
    .message = "Date episode ceased must be on or before the end of the current collection year.",
    .tables = "Episodes",
    .fields = "DECOM",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM
1,31/03/2021
! 2,01/04/2021
3,38/04/2019
)"},
}};

}  // namespace
}  // namespace lens::validation
