// 903 rule 446: placement orders (legal status E1) began in December 2005; an E1 episode cannot
// start before 1 December 2005.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS"), decom = eps.column("DECOM");
  const Date first = *Date::from_ymd(2005, 12, 1);
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    OptDate start = eps.date(row, decom);
    if (eps.text(row, ls) == "E1" && start && *start < first) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "446",
    .message = "E1 is not a valid code for episodes starting before December 2005.",
    .tables = "Episodes",
    .fields = "LS,DECOM",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS,DECOM
1,E1,01/12/2005
2,E1,15/05/2012
3,E1,
! 4,E1,30/11/2005
5,C1,20/02/2005
)"},
}};

}  // namespace
}  // namespace lens::validation
