// 903 rule 577: a missing period must lie within one of the child's periods of care: once care
// has ended the missing period must have ended too, and within the period's dates. A missing
// period without a start date, or for a child with no episodes, is not judged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

bool outside(const ssda903_rules::PeriodOfCare& care, Date began, OptDate ended) {
  if (!ended) return care.end.has_value() || began < care.start;
  return *ended < care.start || (care.end && *ended > *care.end);
}

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int start = missing.column("MIS_START"), end = missing.column("MIS_END");
  const auto periods = ssda903_rules::periods_of_care(r);
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    OptDate began = missing.date(row, start);
    auto p = periods.find(missing.child(row));
    if (!began || p == periods.end() || p->second.empty()) continue;
    bool inside_one = false;
    for (const auto& care : p->second) inside_one = inside_one || !outside(care, *began, missing.date(row, end));
    if (!inside_one) found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "577",
    .message = "Child ceased to be looked after but there is a missing/away from placement without authorisation period "
               "without an end date.",
    .tables = "Episodes,Missing",
    .fields = "MIS_END",
    .check = check,
    .examples = {R"(
# 1: care ended, missing still open; 2: within the period; 3: ends after care ended, but within
# the second period of care; 4: open, during open care; 5: open, began before care began.
--- Episodes
CHILD,DECOM,DEC
1,01/04/2019,31/03/2020
2,01/04/2019,30/03/2020
3,01/04/2019,01/01/2020
3,01/03/2020,
4,01/04/2019,01/06/2019
4,01/06/2019,
5,01/04/2019,
--- Missing
CHILD,MIS_START,MIS_END
! 1,01/01/2020,
2,01/01/2020,02/01/2020
3,01/12/2019,03/06/2020
4,01/01/2020,
! 5,01/01/2019,
)"},
}};

}  // namespace
}  // namespace lens::validation
