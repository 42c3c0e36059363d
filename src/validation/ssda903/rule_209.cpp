// 903 rule 209: a child of school age (4 or over on 31 August before the collection year began)
// cannot have UPN UN1 (unknown: not yet allocated).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  const OptDate reference = Date::from_ymd(start->year() - 1, 8, 31);
  const Table& header = r.table("Header");
  const int upn = header.column("UPN"), dob = header.column("DOB");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    const OptDate born = header.date(row, dob);
    if (header.text(row, upn) == "UN1" && born && add_years(*born, 4) <= *reference) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "209",
    .message = "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.",
    .tables = "Header",
    .fields = "UPN,DOB",
    .check = check,
    .examples = {R"(
# 2025-26: school age is 4 by 31 August 2024.
year 2026
--- Header
CHILD,UPN,DOB
! 1,UN1,31/08/2020
2,UN1,01/09/2020
3,UN2,01/01/2015
4,,01/01/2015
! 5,UN1,01/01/2015
)"},
}};

}  // namespace
}  // namespace lens::validation
