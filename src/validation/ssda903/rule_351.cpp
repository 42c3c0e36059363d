// 903 rule 351: a child in the return is not over 25 on 1 April (has not passed the 25th
// birthday before the collection year began).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  const Table& header = r.table("Header");
  const int dob = header.column("DOB");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    const OptDate born = header.date(row, dob);
    if (born && add_years(*born, 25) < *start) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "351",
    .message = "Child was over 25 at the start of the current collection year.",
    .tables = "Header",
    .fields = "DOB",
    .check = check,
    .examples = {R"(
year 2021
--- Header
CHILD,DOB
# 25 on 1 April 2020
1,01/04/1995
! 2,31/03/1995
3,01/01/2010
)"},
}};

}  // namespace
}  // namespace lens::validation
