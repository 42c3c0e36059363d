// 903 rule 345: a care leaver the authority is in touch with (IN_TOUCH YES) has activity and
// accommodation known (neither 0).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc3 = r.table("OC3");
  const int in_touch = oc3.column("IN_TOUCH"), activ = oc3.column("ACTIV"), accom = oc3.column("ACCOM");
  for (std::size_t row = 0; row < oc3.rows(); ++row)
    if (oc3.text(row, in_touch) == "YES" && (oc3.text(row, activ) == "0" || oc3.text(row, accom) == "0"))
      found.flag(oc3, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "345",
    .message = "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.",
    .tables = "OC3",
    .fields = "IN_TOUCH,ACTIV,ACCOM",
    .check = check,
    .examples = {R"(
--- OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
1,YES,F1,B1
2,NO,0,0
! 3,YES,0,B1
! 4,YES,F1,0
)"},
}};

}  // namespace
}  // namespace lens::validation
