// CIN rule 8545Q: a date of death, where present, should be within the collection year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int died = children.column("PersonDeathDate");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    const OptDate d = children.date(row, died);
    if (d && !cin_rules::in_collection_year(r, *d)) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8545Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
    .tables = "ChildIdentifiers",
    .fields = "PersonDeathDate",
    .check = check,
    .examples = {R"(
year 2024
--- ChildIdentifiers
LAchildID,PersonDeathDate
1,2023-04-01
2,2024-03-31
! 3,2023-03-31
! 4,2024-04-01
5,
)"},
}};

}  // namespace
}  // namespace lens::validation
