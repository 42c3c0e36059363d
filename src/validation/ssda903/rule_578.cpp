// 903 rule 578: a missing period cannot start outside the child's periods of care: not before
// care began nor after it ended. Children with no episodes are not judged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int start = missing.column("MIS_START");
  const auto periods = ssda903_rules::periods_of_care(r);
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate began = missing.date(row, start);
    auto p = periods.find(missing.child(row));
    if (!began || p == periods.end() || p->second.empty()) continue;
    bool inside_one = false;
    for (const auto& care : p->second)
      inside_one = inside_one || (*began >= care.start && (!care.end || *began <= *care.end));
    if (!inside_one) found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "578",
    .message = "The date that the child started to be missing is after the child ceased to be looked after.",
    .tables = "Episodes,Missing",
    .fields = "MIS_START",
    .check = check,
    .examples = {R"(
# 1: the day after care ended; 2: the day care ended; 3: between two periods of care; 4: in the
# second period; 5: no episodes.
--- Episodes
CHILD,DECOM,DEC
1,01/04/2019,31/03/2020
2,01/04/2019,31/03/2020
3,01/04/2019,01/06/2019
3,01/09/2019,
4,01/04/2019,01/06/2019
4,01/09/2019,
--- Missing
CHILD,MIS_START
! 1,01/04/2020
2,31/03/2020
! 3,01/07/2019
4,01/10/2019
5,01/10/2019
)"},
}};

}  // namespace
}  // namespace lens::validation
