// 903 rule 565: a missing period with a start date must say whether the child was missing (M)
// or away without authorisation (A).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int kind = missing.column("MISSING"), start = missing.column("MIS_START");
  for (std::size_t row = 0; row < missing.rows(); ++row)
    if (!missing.blank(row, start) && missing.blank(row, kind)) found.flag(missing, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "565",
    .message = "The date that the child started to be missing or away from placement without authorisation has been "
               "completed but whether the child was missing or away from placement without authorisation has not been "
               "completed.",
    .tables = "Missing",
    .fields = "MISSING,MIS_START",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,MISSING,MIS_START
1,M,
! 2,,07/02/2020
3,A,03/02/2020
4,,
)"},
}};

}  // namespace
}  // namespace lens::validation
