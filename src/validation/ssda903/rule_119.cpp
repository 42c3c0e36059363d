// 903 rule 119: the date of the decision no longer to place for adoption and its reason are
// given together or not at all.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& pa = r.table("PlacedAdoption");
  const int ceased = pa.column("DATE_PLACED_CEASED"), reason = pa.column("REASON_PLACED_CEASED");
  for (std::size_t row = 0; row < pa.rows(); ++row)
    if (pa.blank(row, ceased) != pa.blank(row, reason)) found.flag(pa, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "119",
    .message = "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.",
    .tables = "PlacedAdoption",
    .fields = "REASON_PLACED_CEASED,DATE_PLACED_CEASED",
    .check = check,
    .examples = {R"(
--- PlacedAdoption
CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED
1,22/11/2015,RD1
! 2,08/05/2010,
! 3,,RD2
4,,
)"},
}};

}  // namespace
}  // namespace lens::validation
