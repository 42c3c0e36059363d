// 903 rule 344: a care leaver who has died or returned home for six months or more (IN_TOUCH DIED
// or RHOM) has activity and accommodation both 0 (not known).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc3 = r.table("OC3");
  const int in_touch = oc3.column("IN_TOUCH"), activ = oc3.column("ACTIV"), accom = oc3.column("ACCOM");
  for (std::size_t row = 0; row < oc3.rows(); ++row)
    if (s903::one_of(oc3.text(row, in_touch), {"DIED", "RHOM"}) &&
        (oc3.text(row, activ) != "0" || oc3.text(row, accom) != "0"))
      found.flag(oc3, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "344",
    .message = "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.",
    .tables = "OC3",
    .fields = "IN_TOUCH,ACTIV,ACCOM",
    .check = check,
    .examples = {R"(
--- OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
1,DIED,0,0
2,YES,F1,B1
! 3,RHOM,F1,0
! 4,DIED,0,B1
! 5,RHOM,,0
)"},
}};

}  // namespace
}  // namespace lens::validation
