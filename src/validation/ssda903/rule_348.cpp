// 903 rule 348: a care leaver reported as having died last year (OC3_last IN_TOUCH DIED) is
// reported so again.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc3 = r.table("OC3");
  const Table& last = r.table("OC3_last");
  const int in_touch = oc3.column("IN_TOUCH"), in_touch_last = last.column("IN_TOUCH");
  std::unordered_set<std::string_view> died;
  for (std::size_t row = 0; row < last.rows(); ++row)
    if (last.text(row, in_touch_last) == "DIED") died.insert(last.child(row));
  for (std::size_t row = 0; row < oc3.rows(); ++row)
    if (died.contains(oc3.child(row)) && oc3.text(row, in_touch) != "DIED") found.flag(oc3, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "348",
    .message = "Care leaver has previously been reported as having died.",
    .tables = "OC3",
    .fields = "IN_TOUCH",
    .from_year = 2026,
    .check = check,
    .examples = {R"(
year 2026
--- OC3_last
CHILD,IN_TOUCH
1,DIED
2,DIED
3,YES
--- OC3
CHILD,IN_TOUCH
1,DIED
! 2,YES
3,DIED
)"},
}};

}  // namespace
}  // namespace lens::validation
