// 903 rule 153: the care leaver items (IN_TOUCH, ACTIV, ACCOM) are all given or all blank.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc3 = r.table("OC3");
  const int cols[] = {oc3.column("IN_TOUCH"), oc3.column("ACTIV"), oc3.column("ACCOM")};
  for (std::size_t row = 0; row < oc3.rows(); ++row) {
    int given = 0;
    for (int c : cols) given += !oc3.blank(row, c);
    if (given != 0 && given != 3) found.flag(oc3, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "153",
    .message = "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
    .tables = "OC3",
    .fields = "IN_TOUCH,ACTIV,ACCOM",
    .check = check,
    .examples = {R"(
--- OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
1,YES,F1,B1
2,,,
! 3,YES,,
! 4,,F1,B1
)"},
}};

}  // namespace
}  // namespace lens::validation
