// 903 rule 611: a child recorded as a mother (MOTHER 1) must have her first child's date of birth.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int mother = header.column("MOTHER"), mc_dob = header.column("MC_DOB");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (header.text(row, mother) == "1" && header.blank(row, mc_dob)) found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "611",
    .message = "Date of birth field is blank, but child is a mother.",
    .tables = "Header",
    .fields = "MOTHER,MC_DOB",
    .check = check,
    .examples = {R"(
--- Header
CHILD,MOTHER,MC_DOB
1,1,01/01/2021
2,,
3,0,
! 4,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
