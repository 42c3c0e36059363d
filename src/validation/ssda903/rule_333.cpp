// 903 rule 333: the decision that the child should be placed for adoption comes on or before the
// match with adopter(s).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& ad1 = r.table("AD1");
  const int decided = ad1.column("DATE_INT"), match = ad1.column("DATE_MATCH");
  for (std::size_t row = 0; row < ad1.rows(); ++row) {
    const OptDate d = ad1.date(row, decided), m = ad1.date(row, match);
    if (d && m && *d > *m) found.flag(ad1, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "333",
    .message = "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
    .tables = "AD1",
    .fields = "DATE_INT",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,DATE_INT,DATE_MATCH
1,01/01/2020,01/01/2020
2,01/01/2020,
! 3,02/01/2020,01/01/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
