// 903 rule 570: a missing period cannot start after the collection year ends (31 March).
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& missing = r.table("Missing");
  const int start = missing.column("MIS_START");
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate from = missing.date(row, start);
    if (from && *from > *end) found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "570",
    .message = "The date that the child started to be missing or away from placement without authorisation is after "
               "the end of the collection year.",
    .tables = "Missing",
    .fields = "MIS_START",
    .check = check,
    .examples = {R"(
year 2020
--- Missing
CHILD,MIS_START
1,31/03/2020
! 2,01/04/2020
3,
4,13/10/2005
)"},
}};

}  // namespace
}  // namespace lens::validation
