// 903 rule 426: a child on short breaks is recorded under V3 (single short breaks) or V4 (a series
// of them) within a year, not both: every V3 and V4 episode of a child with both is flagged.
#include <unordered_map>

#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS");
  std::unordered_map<std::string_view, int> kinds;  // bit 1: has V3, bit 2: has V4
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view status = eps.text(row, ls);
    if (status == "V3") kinds[eps.child(row)] |= 1;
    if (status == "V4") kinds[eps.child(row)] |= 2;
  }
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view status = eps.text(row, ls);
    if ((status == "V3" || status == "V4") && kinds[eps.child(row)] == 3) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "426",
    .message = "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.",
    .tables = "Episodes",
    .fields = "LS",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS
1,V3
1,V3
! 2,V3
! 2,V4
2,C2
3,V4
! 4,V4
! 4,V3
! 4,V3
)"},
}};

}  // namespace
}  // namespace lens::validation
