// 903 rule 231: an unaccompanied asylum-seeking child is expected to be at least 11 on 31 March
// (born on or before 31 March eleven years earlier).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  const auto status = s903::uasc_status(r, "");
  if (!end || !status) return;
  const Date eleven = add_years(*end, -11);
  const Table& header = r.table("Header");
  const int dob = header.column("DOB");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    auto it = status->find(header.child(row));
    const OptDate born = header.date(row, dob);
    if (it != status->end() && it->second == "1" && born && *born > eleven) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "231",
    .message = "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.",
    .tables = "Header",
    .fields = "DOB,UASC_STATUS",
    .from_year = 2025,
    .check = check,
    .examples = {R"(
year 2025
--- Header
CHILD,DOB,UASC
! 1,01/04/2014,1
2,31/03/2014,1
3,01/04/2014,0
4,30/03/2014,1
)"},
}};

}  // namespace
}  // namespace lens::validation
