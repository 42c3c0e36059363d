// 903 rule 586: a missing period cannot start on or before the child's date of birth.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int dob = missing.column("DOB"), start = missing.column("MIS_START");
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate birth = missing.date(row, dob), began = missing.date(row, start);
    if (birth && began && *began <= *birth) found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "586",
    .message = "Dates of missing periods are before child’s date of birth.",
    .tables = "Missing",
    .fields = "MIS_START",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,DOB,MIS_START
1,01/02/2020,
2,02/02/2020,07/02/2020
! 3,04/02/2020,03/02/2020
! 4,07/02/2020,07/02/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
