// 903 rule 1005: a missing period's end date, when given, must be a real date (DD/MM/YYYY).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int end = missing.column("MIS_END");
  for (std::size_t row = 0; row < missing.rows(); ++row)
    if (!missing.blank(row, end) && !missing.date(row, end)) found.flag(missing, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "1005",
    .message = "The end date of the missing episode or episode that the child was away from placement without "
               "authorisation is not a valid date.",
    .tables = "Missing",
    .fields = "MIS_END",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,MIS_START,MIS_END
1,08/03/2020,08/03/2020
2,22/06/2020,
! 3,13/10/2021,13/10/21
! 4,13/10/2021,31/04/2022
)"},
}};

}  // namespace
}  // namespace lens::validation
