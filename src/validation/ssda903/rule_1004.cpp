// 903 rule 1004: every missing period's start date must be a real date (DD/MM/YYYY); blank fails.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int start = missing.column("MIS_START");
  for (std::size_t row = 0; row < missing.rows(); ++row)
    if (!missing.date(row, start)) found.flag(missing, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "1004",
    .message = "The start date of the missing episode or episode that the child was away from placement without "
               "authorisation is not a valid date.",
    .tables = "Missing",
    .fields = "MIS_START",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,MIS_START
1,08/03/2020
! 2,
! 3,10/24/2021
! 4,29/02/2021
5,29/02/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
