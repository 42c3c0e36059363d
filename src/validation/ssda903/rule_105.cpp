// 903 rule 105: UASC in the header (XML returns carry it there) must be 0 or 1. A CSV return
// has no UASC column in its header, and then there is nothing to check.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int uasc = header.column("UASC");
  if (uasc < 0) return;
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (!s903::one_of(header.text(row, uasc), {"0", "1"})) found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "105",
    .message = "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.",
    .tables = "Header",
    .fields = "UASC",
    .check = check,
    .examples = {R"(
--- Header
CHILD,UASC
1,0
2,1
! 3,
! 4,2
)",
R"(
# No UASC column: the CSV form of the return.
--- Header
CHILD,SEX
1,1
)"},
}};

}  // namespace
}  // namespace lens::validation
