// 903 rule 174: a boy cannot have a mother's child's date of birth (SEX 1 until 2023-24, M after).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int sex = header.column("SEX"), mc_dob = header.column("MC_DOB");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (s903::is_male(header.text(row, sex), r.collection_year) && !header.blank(row, mc_dob)) found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "174",
    .message = "Mother's child date of birth is recorded but sex shows that the child is a male.",
    .tables = "Header",
    .fields = "SEX,MC_DOB",
    .check = check,
    .examples = {R"(
year 2025
--- Header
CHILD,SEX,MC_DOB
1,M,
2,F,19/02/2010
! 3,M,19/02/2010
)",
R"(
year 2024
--- Header
CHILD,SEX,MC_DOB
1,2,19/02/2010
! 2,1,19/02/2010
)"},
}};

}  // namespace
}  // namespace lens::validation
