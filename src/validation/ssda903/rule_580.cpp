// 903 rule 580: a child whose missing period ended on their 18th birthday, the day care ended,
// left care while missing: the episode's reason must be E8 (ceased for any other reason, here
// while missing).
#include "core/date.hpp"
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& missing = r.table("Missing");
  const int dec = eps.column("DEC"), rec = eps.column("REC");
  const int dob = missing.column("DOB"), end = missing.column("MIS_END");
  const auto periods = rows_by_child(missing);
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    OptDate ceased = eps.date(row, dec);
    auto m = periods.find(eps.child(row));
    if (!ceased || eps.text(row, rec) == "E8" || m == periods.end()) continue;
    for (std::size_t p : m->second) {
      OptDate birth = missing.date(p, dob), ended = missing.date(p, end);
      if (birth && ended && *ended == add_years(*birth, 18) && *ended == *ceased) {
        found.flag(eps, row);
        break;
      }
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "580",
    .message = "Child is missing when cease being looked after but reason episode ceased not ‘E8’.",
    .tables = "Episodes,MIssing",
    .fields = "REC",
    .check = check,
    .examples = {R"(
# 1: missing until the 18th birthday, care ended then with E7; 2: with E8; 3: missing ended the
# day before.
--- Episodes
CHILD,DEC,REC
! 1,01/06/2020,E7
2,05/06/2020,E8
3,06/06/2020,E5
--- Missing
CHILD,DOB,MISSING,MIS_END
1,01/06/2002,M,01/06/2020
2,05/06/2002,M,05/06/2020
3,06/06/2002,A,05/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
