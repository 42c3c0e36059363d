// 903 rule 576: a missing period open at the end of last year carries on into this year, so the
// child's first missing period this year must start on the same day.
#include <climits>
#include <unordered_map>

#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const Table& last = r.table("Missing_last");
  const int start = missing.column("MIS_START"), start_last = last.column("MIS_START"), end_last = last.column("MIS_END");
  // Each child's first missing period this year (an undated one counts as after every date).
  std::unordered_map<std::string_view, std::size_t> first;
  auto day = [&](std::size_t row) {
    OptDate d = missing.date(row, start);
    return d ? d->days() : INT32_MAX;
  };
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    auto [it, added] = first.try_emplace(missing.child(row), row);
    if (!added && day(row) < day(it->second)) it->second = row;
  }
  const auto last_rows = rows_by_child(last);
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    auto l = last_rows.find(missing.child(row));
    if (first[missing.child(row)] != row || l == last_rows.end()) continue;
    for (std::size_t p : l->second) {
      OptDate began_last = last.date(p, start_last);
      if (last.blank(p, end_last) && began_last && began_last != missing.date(row, start)) {
        found.flag(missing, row);
        break;
      }
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "576",
    .message = "There is an open missing/away from placement without authorisation period in last year’s return and "
               "there is no corresponding period recorded at the start of this year.",
    .tables = "MIssing,Missing_last",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
# 1: last year's period ended; 2: open last year, this year's first starts a day later; 3: the
# same start; 4: this year's start is blank.
--- Missing_last
CHILD,MIS_START,MIS_END
1,07/02/2020,07/02/2020
2,07/02/2020,
3,01/02/2020,
4,07/02/2020,
--- Missing
CHILD,MIS_START
1,08/02/2020
! 2,08/02/2020
2,09/03/2020
3,01/02/2020
! 4,
)"},
}};

}  // namespace
}  // namespace lens::validation
