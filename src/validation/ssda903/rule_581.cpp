// 903 rule 581: a child can only be missing while looked after: a missing period must start
// during one of the child's episodes (on or after its start, on or before its end or while it is
// open). Children with no episodes, and periods without a start date, are not judged.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& missing = r.table("Missing");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), start = missing.column("MIS_START");
  const auto episodes = rows_by_child(eps);
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate began = missing.date(row, start);
    auto e = episodes.find(missing.child(row));
    if (!began || e == episodes.end()) continue;
    bool in_care = false;
    for (std::size_t ep : e->second) {
      OptDate from = eps.date(ep, decom), to = eps.date(ep, dec);
      in_care = in_care || (from && *began >= *from && (!to || *began <= *to));
    }
    if (!in_care) found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "581",
    .message = "Child is missing but has not yet started to be looked after.",
    .tables = "Episodes,Missing",
    .fields = "MIS_START",
    .check = check,
    .examples = {R"(
# 1: the day care began; 2: the day before; 3: between episodes; 4: during an open episode;
# 5: the day after the last episode ended.
--- Episodes
CHILD,DECOM,DEC
1,01/06/2020,10/06/2020
2,06/06/2020,10/06/2020
3,08/06/2020,10/06/2020
3,12/06/2020,
4,06/06/2020,
5,15/06/2020,20/06/2020
--- Missing
CHILD,MIS_START,MIS_END
1,01/06/2020,05/06/2020
! 2,05/06/2020,05/06/2020
! 3,11/06/2020,11/06/2020
4,12/06/2020,
! 5,21/06/2020,21/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
