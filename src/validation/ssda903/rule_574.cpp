// 903 rule 574: a child's missing periods cannot overlap: ordered by end date (a period without
// one by its start), each must start on or after the previous one ended, and no period may
// follow one still open.
#include <algorithm>
#include <climits>

#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int start = missing.column("MIS_START"), end = missing.column("MIS_END");
  auto day = [](OptDate d) { return d ? d->days() : INT32_MAX; };  // blank and invalid sort last
  std::vector<std::size_t> order(missing.rows());
  std::vector<std::int32_t> end_or_start(missing.rows()), from(missing.rows());
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    order[row] = row;
    OptDate to = missing.date(row, end);
    from[row] = day(missing.date(row, start));
    end_or_start[row] = to ? to->days() : from[row];
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (missing.child(a) != missing.child(b)) return missing.child(a) < missing.child(b);
    if (end_or_start[a] != end_or_start[b]) return end_or_start[a] < end_or_start[b];
    if (from[a] != from[b]) return from[a] < from[b];
    return a < b;
  });
  for (std::size_t k = 1; k < order.size(); ++k) {
    std::size_t now = order[k], before = order[k - 1];
    if (missing.child(now) != missing.child(before)) continue;
    OptDate previous_end = missing.date(before, end), began = missing.date(now, start);
    if (!previous_end || (began && *began < *previous_end)) found.flag(missing, now);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "574",
    .message = "A new missing/away from placement without authorisation period cannot start when the previous "
               "missing/away from placement without authorisation period is still open. Missing/away from placement "
               "without authorisation periods should also not overlap.",
    .tables = "Missing",
    .fields = "MIS_START,MIS_END",
    .check = check,
    .examples = {R"(
# 1: an open period (ordered by its start, 04/06) comes before one ending 05/06, which fails.
# 2: back to back periods (one ending the day the next starts) pass; a period after the open one
# fails. 3: overlapping periods.
--- Missing
CHILD,MIS_START,MIS_END
! 1,01/06/2020,05/06/2020
1,04/06/2020,
2,03/06/2020,04/06/2020
2,04/06/2020,
! 2,07/06/2020,09/06/2020
3,02/06/2020,04/06/2020
! 3,03/06/2020,09/06/2020
4,06/06/2020,08/06/2020
4,08/06/2020,10/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
