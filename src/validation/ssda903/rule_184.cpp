// 903 rule 184: the decision to place for adoption cannot be dated before the child was born;
// the PlacedAdoption row and the header row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& pa = r.table("PlacedAdoption");
  std::unordered_map<std::string_view, std::size_t> header_row;
  for (std::size_t row = 0; row < header.rows(); ++row) header_row.emplace(header.child(row), row);
  const int dob = header.column("DOB"), placed = pa.column("DATE_PLACED");
  for (std::size_t row = 0; row < pa.rows(); ++row) {
    auto it = header_row.find(pa.child(row));
    if (it == header_row.end()) continue;
    const OptDate born = header.date(it->second, dob), decided = pa.date(row, placed);
    if (born && decided && *decided < *born) {
      found.flag(pa, row);
      found.flag(header, it->second);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "184",
    .message = "Date of decision that a child should be placed for adoption is before the child was born.",
    .tables = "Header,PlacedAdoption",
    .fields = "DATE_PLACED,DOB",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
! 1,01/01/2020
2,01/01/2020
3,01/01/2020
--- PlacedAdoption
CHILD,DATE_PLACED
! 1,31/12/2019
# the day of birth itself is not before it
2,01/01/2020
3,
4,01/01/2000
)"},
}};

}  // namespace
}  // namespace lens::validation
