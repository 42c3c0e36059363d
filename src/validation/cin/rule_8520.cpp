// CIN rule 8520: a date of birth, where present, must be on or before 31 March of the collection
// year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& children = r.table("ChildIdentifiers");
  const int born = children.column("PersonBirthDate");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    const OptDate d = children.date(row, born);
    if (d && *d > *end) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8520",
    .message = "Date of Birth is after data collection period (must be on or before the end of the census period)",
    .tables = "ChildIdentifiers",
    .fields = "PersonBirthDate,ReferenceDate",
    .check = check,
    .examples = {R"(
year 2024
--- ChildIdentifiers
LAchildID,PersonBirthDate,ExpectedPersonBirthDate
1,2024-03-31,
! 2,2024-04-01,
3,,2024-06-01
4,2010-01-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
