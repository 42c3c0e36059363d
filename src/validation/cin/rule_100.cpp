// CIN rule 100: the header's ReferenceDate must be present and be 31 March of the collection
// year (the year the return is validated for; the header's own Year when that is unknown).
#include <charconv>

#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int reference = header.column("ReferenceDate"), year = header.column("Year");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    int expected_year = r.collection_year;
    if (expected_year == 0) {
      std::string_view y = header.text(row, year);
      std::from_chars(y.data(), y.data() + y.size(), expected_year);
    }
    const OptDate date = header.date(row, reference);
    const bool right = date && date->month() == 3 && date->day() == 31 &&
                       (expected_year == 0 || date->year() == expected_year);
    if (!right) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "100",
    .message = "Reference Date is incorrect",
    .tables = "Header",
    .fields = "ReferenceDate",
    .check = check,
    .examples = {R"(
# The 2023-24 census: only 2024-03-31 is right; last year's date, a blank and a non-date are not.
year 2024
--- Header
Collection,Year,ReferenceDate
CIN,2024,2024-03-31
! CIN,2024,2023-03-31
! CIN,2024,
! CIN,2024,2024-02-30
)",
                 R"(
# Year unknown to the validator: the header's Year says which 31 March.
--- Header
Collection,Year,ReferenceDate
CIN,2025,2025-03-31
! CIN,2025,2025-04-01
)"},
}};

}  // namespace
}  // namespace lens::validation
