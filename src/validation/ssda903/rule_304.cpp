// 903 rule 304: UASC status ceases on or before the child's 18th birthday.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& uasc = r.table("UASC");
  const int dob = uasc.column("DOB"), duc = uasc.column("DUC");
  for (std::size_t row = 0; row < uasc.rows(); ++row) {
    const OptDate born = uasc.date(row, dob), ceased = uasc.date(row, duc);
    if (born && ceased && *ceased > add_years(*born, 18)) found.flag(uasc, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "304",
    .message = "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.",
    .tables = "UASC",
    .fields = "DUC",
    .check = check,
    .examples = {R"(
--- UASC
CHILD,DOB,DUC
! 1,01/06/2000,05/06/2018
2,02/06/2000,
3,03/06/2000,03/06/2018
! 4,29/02/2000,01/03/2018
5,29/02/2000,28/02/2018
6,,05/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
