// 903 rule 566: a missing period with an end date must say whether the child was missing (M) or
// away without authorisation (A).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int kind = missing.column("MISSING"), end = missing.column("MIS_END");
  for (std::size_t row = 0; row < missing.rows(); ++row)
    if (!missing.blank(row, end) && missing.blank(row, kind)) found.flag(missing, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "566",
    .message = "The date that the child's episode of being missing or away from placement without authorisation ended "
               "has been completed but whether the child was missing or away without authorisation has not been "
               "completed.",
    .tables = "Missing",
    .fields = "MISSING,MIS_END",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,MISSING,MIS_START,MIS_END
1,M,01/02/2020,07/02/2020
! 2,,01/02/2020,07/02/2020
3,,01/02/2020,
)"},
}};

}  // namespace
}  // namespace lens::validation
