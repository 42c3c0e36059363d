// 903 rule 191: a child of the OC2 cohort has IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT
// and SUBSTANCE_MISUSE given. A cohort child with no OC2 row at all is flagged on the child's
// earliest episode.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  if (!collection_start(r)) return;
  const auto cohort = s903::continuously_looked_after(r);
  const Table& oc2 = r.table("OC2");
  const int cols[] = {oc2.column("IMMUNISATIONS"), oc2.column("TEETH_CHECK"), oc2.column("HEALTH_ASSESSMENT"),
                      oc2.column("SUBSTANCE_MISUSE")};
  std::unordered_set<std::string_view> in_oc2;
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    in_oc2.insert(oc2.child(row));
    if (!cohort.contains(oc2.child(row))) continue;
    for (int c : cols)
      if (oc2.blank(row, c)) {
        found.flag(oc2, row);
        break;
      }
  }
  const Table& eps = r.table("Episodes");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps))
    if (cohort.contains(child) && !in_oc2.contains(child)) found.flag(eps, rows.front(), "CHILD");
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "191",
    .message = "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.",
    .tables = "OC2,Episodes",
    .fields = "IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CHILD",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,RNE,LS,REC
1,01/03/2019,,S,C2,
2,01/03/2019,,S,C2,
! 3,01/03/2019,01/01/2020,S,C2,X1
3,01/01/2020,,P,C2,
! 4,01/03/2018,01/03/2019,S,C2,X1
4,01/03/2019,,P,C2,
5,01/05/2020,,S,C2,
--- OC2
CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
1,1,1,1,0
! 2,1,1,,0
5,,,,
)"},
}};

}  // namespace
}  // namespace lens::validation
