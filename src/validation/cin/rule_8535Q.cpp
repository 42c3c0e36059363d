// CIN rule 8535Q: a child's date of death should not be before the date of birth (the same day
// is possible).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int born = children.column("PersonBirthDate"), died = children.column("PersonDeathDate");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    const OptDate b = children.date(row, born), d = children.date(row, died);
    if (b && d && *d < *b) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8535Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the "
        "date of birth",
    .tables = "ChildIdentifiers",
    .fields = "PersonDeathDate,PersonBirthDate",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,PersonBirthDate,PersonDeathDate
1,2020-01-01,2020-01-01
! 2,2020-01-01,2019-12-31
3,2020-01-01,
4,,2019-12-31
)"},
}};

}  // namespace
}  // namespace lens::validation
