// 903 rule 571: a missing period's end date must fall in the collection year (1 April to 31
// March inclusive).
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!start || !end) return;
  const Table& missing = r.table("Missing");
  const int mis_end = missing.column("MIS_END");
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate to = missing.date(row, mis_end);
    if (to && (*to < *start || *to > *end)) found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "571",
    .message = "The date that the child ceased to be missing or away from placement without authorisation is before "
               "the start or after the end of the collection year.",
    .tables = "Missing",
    .fields = "MIS_END",
    .check = check,
    .examples = {R"(
year 2021
--- Missing
CHILD,MIS_START,MIS_END
! 1,08/03/2020,31/03/2020
2,08/03/2020,01/04/2020
3,22/06/2020,31/03/2021
! 4,22/06/2020,01/04/2021
5,22/06/2020,
)"},
}};

}  // namespace
}  // namespace lens::validation
