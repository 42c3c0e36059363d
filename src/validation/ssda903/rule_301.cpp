// 903 rule 301: a child cannot be born after the collection year ended (31 March).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& header = r.table("Header");
  const int dob = header.column("DOB");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    const OptDate born = header.date(row, dob);
    if (born && *born > *end) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "301",
    .message = "Date of birth falls after the year ended.",
    .tables = "Header",
    .fields = "DOB",
    .check = check,
    .examples = {R"(
year 2021
--- Header
CHILD,DOB
1,31/03/2021
! 2,01/04/2021
3,
)"},
}};

}  // namespace
}  // namespace lens::validation
