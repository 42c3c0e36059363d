// 903 rule 232: the child's sex is reported as unknown (U).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int sex = header.column("SEX");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (header.text(row, sex) == "U") found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "232",
    .message = "Sex of the child/young person has been reported as unknown.",
    .tables = "Header",
    .fields = "SEX",
    .from_year = 2025,
    .check = check,
    .examples = {R"(
year 2025
--- Header
CHILD,SEX
1,M
2,F
! 3,U
)"},
}};

}  // namespace
}  // namespace lens::validation
