// 903 rule 215: a child with care leaver data (any of IN_TOUCH, ACTIV, ACCOM) has none of the
// OC2 items; both rows are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc3 = r.table("OC3");
  const Table& oc2 = r.table("OC2");
  const int oc2_cols[] = {oc2.column("CONVICTED"),         oc2.column("HEALTH_CHECK"),
                          oc2.column("IMMUNISATIONS"),     oc2.column("TEETH_CHECK"),
                          oc2.column("HEALTH_ASSESSMENT"), oc2.column("SUBSTANCE_MISUSE"),
                          oc2.column("INTERVENTION_RECEIVED"), oc2.column("INTERVENTION_OFFERED")};
  std::unordered_map<std::string_view, std::size_t> with_oc2;
  for (std::size_t row = 0; row < oc2.rows(); ++row)
    for (int c : oc2_cols)
      if (!oc2.blank(row, c)) {
        with_oc2.emplace(oc2.child(row), row);
        break;
      }
  const int oc3_cols[] = {oc3.column("IN_TOUCH"), oc3.column("ACTIV"), oc3.column("ACCOM")};
  for (std::size_t row = 0; row < oc3.rows(); ++row) {
    auto it = with_oc2.find(oc3.child(row));
    if (it == with_oc2.end()) continue;
    for (int c : oc3_cols)
      if (!oc3.blank(row, c)) {
        found.flag(oc3, row);
        found.flag(oc2, it->second);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "215",
    .message = "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.",
    .tables = "OC2,OC3",
    .fields = "IN_TOUCH,ACTIV,ACCOM,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    .check = check,
    .examples = {R"(
--- OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
! 1,DIED,,
! 2,,,B1
3,,,
4,YES,F1,B1
--- OC2
CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
! 1,1,1,1,,,,1,
! 2,,,,,,,,1
3,1,1,1,1,,,,
4,,,,,,,,
)"},
}};

}  // namespace
}  // namespace lens::validation
