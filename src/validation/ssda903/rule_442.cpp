// 903 rule 442: a child with any episode not under a short-break legal status (V3, V4) must have
// a UPN (or one of the UN codes saying why not).
#include <unordered_set>

#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& header = r.table("Header");
  const int ls = eps.column("LS"), upn = header.column("UPN");
  std::unordered_set<std::string_view> needs_upn;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view status = eps.text(row, ls);
    if (status != "V3" && status != "V4") needs_upn.insert(eps.child(row));
  }
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (header.blank(row, upn) && needs_upn.contains(header.child(row))) found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "442",
    .message = "Unique Pupil Number (UPN) field is not completed.",
    .tables = "Episodes,Header",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
# 1: blank legal status still needs a UPN; 3: short breaks only; 4: UN code; 5: no episodes.
--- Header
CHILD,UPN
! 1,
2,H801200001001
3,
4,UN1
5,
! 6,
--- Episodes
CHILD,LS
1,
2,C2
3,V3
3,V4
4,C2
6,V3
6,C2
)"},
}};

}  // namespace
}  // namespace lens::validation
