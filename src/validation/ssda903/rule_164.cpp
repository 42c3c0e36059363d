// 903 rule 164: a placement distance, when the return carries one (PL_DISTANCE), must be from
// 0.0 to 999.9 miles. Children who are or were UASC (this year or last) are left out, as their
// home postcode may be abroad; when the return says nothing of UASC, nobody can be checked.
#include <charconv>

#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  if (!s903::knows_uasc(r)) return;
  const auto uasc = s903::uasc_children(r);
  const Table& eps = r.table("Episodes");
  const int distance = eps.column("PL_DISTANCE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view v = eps.text(row, distance);
    if (v.empty() || uasc.contains(eps.child(row))) continue;
    double miles = -1;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), miles);
    if (ec != std::errc() || end != v.data() + v.size() || miles < 0.0 || miles > 999.9) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "164",
    .message = "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]",
    .tables = "Episodes",
    .fields = "PL_DISTANCE",
    .check = check,
    .examples = {R"(
--- Header
CHILD,UASC
1,0
2,0
3,1
--- Header_last
CHILD,UASC
4,1
--- Episodes
CHILD,PL_DISTANCE
1,0.0
1,999.9
1,
! 1,-2
! 2,1000
! 2,far
3,1380
4,1380
)",
R"(
# Nothing about UASC: nothing can be checked.
--- Episodes
CHILD,PL_DISTANCE
1,1380
)"},
}};

}  // namespace
}  // namespace lens::validation
