// 903 rule 567: a missing period cannot end before it started (ending the same day is allowed).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int start = missing.column("MIS_START"), end = missing.column("MIS_END");
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate from = missing.date(row, start), to = missing.date(row, end);
    if (from && to && *from > *to) found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "567",
    .message = "The date that the missing episode or episode that the child was away from placement without "
               "authorisation ended is before the date that it started.",
    .tables = "Missing",
    .fields = "MIS_START,MIS_END",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,MIS_START,MIS_END
1,01/06/2020,05/06/2020
2,02/06/2020,
! 3,03/06/2020,01/06/2020
4,04/06/2020,04/06/2020
5,,05/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
