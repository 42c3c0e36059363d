// 903 rule 104: a date UASC status ceased, when given, must be a real date and not before the
// collection year began.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& uasc = r.table("UASC");
  const int duc = uasc.column("DUC");
  const OptDate start = collection_start(r);
  for (std::size_t row = 0; row < uasc.rows(); ++row) {
    const OptDate d = uasc.date(row, duc);
    if (s903::written_but_not_a_date(uasc, row, duc) || (d && start && *d < *start)) found.flag(uasc, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "104",
    .message = "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
    .tables = "UASC",
    .fields = "DUC",
    .check = check,
    .examples = {R"(
year 2020
--- UASC
CHILD,DUC
1,01/04/2019
2,19/02/2020
3,
! 4,31/03/2019
! 5,INVALID
! 6,31/02/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
