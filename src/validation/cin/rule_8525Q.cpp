// CIN rule 8525Q: a child should have a date of birth or an expected date of birth, not both and
// not neither.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int born = children.column("PersonBirthDate"), expected = children.column("ExpectedPersonBirthDate");
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (children.blank(row, born) == children.blank(row, expected)) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8525Q",
    .severity = Severity::Warning,
    .message = "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
    .tables = "ChildIdentifiers",
    .fields = "PersonBirthDate,ExpectedPersonBirthDate",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,PersonBirthDate,ExpectedPersonBirthDate
1,2020-01-01,
2,,2024-06-01
! 3,2020-01-01,2024-06-01
! 4,,
)"},
}};

}  // namespace
}  // namespace lens::validation
