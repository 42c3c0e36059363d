// 903 rule 564: a missing (M) or away without authorisation (A) period must have a start date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int kind = missing.column("MISSING"), start = missing.column("MIS_START");
  for (std::size_t row = 0; row < missing.rows(); ++row)
    if (ssda903_rules::one_of(missing.text(row, kind), {"M", "A", "m", "a"}) && missing.blank(row, start))
      found.flag(missing, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "564",
    .message = "Child was missing or away from placement without authorisation and the date started is blank.",
    .tables = "Missing",
    .fields = "MISSING,MIS_START",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,MISSING,MIS_START
! 1,M,
2,A,07/02/2020
3,,
! 4,a,
)"},
}};

}  // namespace
}  // namespace lens::validation
