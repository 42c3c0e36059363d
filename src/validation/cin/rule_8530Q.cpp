// CIN rule 8530Q: an expected date of birth, where present, should fall between 1 March and 31
// December of the year the collection year ends in.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  if (r.collection_year == 0) return;
  const Date first = *Date::from_ymd(r.collection_year, 3, 1), last = *Date::from_ymd(r.collection_year, 12, 31);
  const Table& children = r.table("ChildIdentifiers");
  const int expected = children.column("ExpectedPersonBirthDate");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    if (children.blank(row, expected)) continue;
    const OptDate d = children.date(row, expected);
    if (!d || *d < first || *d > last) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8530Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected "
        "range for this census (March to December of the Census Year end)",
    .tables = "ChildIdentifiers",
    .fields = "ExpectedPersonBirthDate",
    .check = check,
    .examples = {R"(
# 2023-24: 1 March to 31 December 2024.
year 2024
--- ChildIdentifiers
LAchildID,PersonBirthDate,ExpectedPersonBirthDate
1,,2024-03-01
2,,2024-12-31
! 3,,2024-02-29
! 4,,2025-01-01
5,2020-01-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
