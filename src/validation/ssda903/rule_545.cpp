// 903 rule 545: a child under 5 on 31 March who was looked after continuously through the year
// must have health promotion information (OC2 HEALTH_CHECK).
#include "core/date.hpp"
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const auto continuous = ssda903_rules::continuously_looked_after(r);
  const Table& oc2 = r.table("OC2");
  const int dob = oc2.column("DOB"), health_check = oc2.column("HEALTH_CHECK");
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    OptDate birth = oc2.date(row, dob);
    if (birth && *end < add_years(*birth, 5) && oc2.blank(row, health_check) && continuous.contains(oc2.child(row)))
      found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "545",
    .message = "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health "
               "promotion information has not been completed.",
    .tables = "OC2",
    .fields = "DOB,HEALTH_CHECK",
    .check = check,
    .examples = {R"(
# 1: 4 on 31 March, blank; 2: turns 5 on 31 March; 3: has the health check; 4: started this year.
year 2020
--- Episodes
CHILD,DECOM,DEC,RNE,REC,LS
1,01/02/2016,,S,,C2
2,01/02/2016,,S,,C2
3,01/02/2016,,S,,C2
4,01/02/2020,,S,,C2
--- OC2
CHILD,DOB,HEALTH_CHECK
! 1,01/04/2015,
2,31/03/2015,
3,01/04/2015,1
4,01/04/2015,
)"},
}};

}  // namespace
}  // namespace lens::validation
