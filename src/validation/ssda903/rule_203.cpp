// 903 rule 203: a child's date of birth agrees with last year's return.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const auto before = s903::dob_by_child(r.table("Header_last"));
  const int dob = header.column("DOB");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    auto it = before.find(header.child(row));
    if (it != before.end() && header.date(row, dob) != it->second) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "203",
    .message = "Date of birth disagrees with the date of birth already recorded for this child.",
    .tables = "Header,Header_last",
    .fields = "DOB",
    .check = check,
    .examples = {R"(
--- Header_last
CHILD,DOB
1,01/01/2010
2,01/01/2010
3,01/01/2010
--- Header
CHILD,DOB
1,01/01/2010
! 2,02/01/2010
! 3,
4,01/01/2012
)"},
}};

}  // namespace
}  // namespace lens::validation
