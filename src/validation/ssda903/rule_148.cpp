// 903 rule 148: the date and the reason an episode ceased are given together or not at all.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int dec = eps.column("DEC"), rec = eps.column("REC");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.blank(row, dec) != eps.blank(row, rec)) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "148",
    .message = "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
    .tables = "Episodes",
    .fields = "DEC,REC",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DEC,REC
1,01/01/2021,E11
2,,
! 3,01/01/2021,
! 4,,X1
)"},
}};

}  // namespace
}  // namespace lens::validation
