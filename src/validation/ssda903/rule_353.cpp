// 903 rule 353: no episode starts before 14 October 1991 (the Children Act 1989 came into force).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Date act = *Date::from_ymd(1991, 10, 14);
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate began = eps.date(row, decom);
    if (began && *began < act) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "353",
    .message = "No episode submitted can start before 14 October 1991.",
    .tables = "Episodes",
    .fields = "DECOM",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM
1,14/10/1991
! 2,13/10/1991
3,
)"},
}};

}  // namespace
}  // namespace lens::validation
