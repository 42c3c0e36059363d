// 903 rule 575: a missing period that began during an episode that has ended must have ended too.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& missing = r.table("Missing");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC");
  const int start = missing.column("MIS_START"), end = missing.column("MIS_END");
  const auto episodes = rows_by_child(eps);
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate began = missing.date(row, start);
    auto e = episodes.find(missing.child(row));
    if (!began || !missing.blank(row, end) || e == episodes.end()) continue;
    for (std::size_t ep : e->second) {
      OptDate from = eps.date(ep, decom), to = eps.date(ep, dec);
      if (from && to && *began >= *from && *began <= *to) {
        found.flag(missing, row);
        break;
      }
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "575",
    .message = "If the placement from which the child goes missing/away from placement without authorisation ends, the "
               "missing/away from placement without authorisation period in the missing module must also have an end "
               "date.",
    .tables = "Episodes,Missing",
    .fields = "MIS_END",
    .check = check,
    .examples = {R"(
# 1: ended; 2: open, began on the first day of an ended episode; 3: open during an open episode;
# 4: open, began on the last day of an ended episode.
--- Episodes
CHILD,DECOM,DEC
1,01/06/2020,10/06/2020
2,08/06/2020,10/06/2020
3,06/06/2020,
4,08/06/2020,10/06/2020
4,10/06/2020,
--- Missing
CHILD,MIS_START,MIS_END
1,01/06/2020,05/06/2020
! 2,08/06/2020,
3,06/06/2020,
! 4,10/06/2020,
)"},
}};

}  // namespace
}  // namespace lens::validation
