// 903 rule 546: health promotion information (OC2 HEALTH_CHECK) is for children under 5 on 31
// March; a child looked after continuously through the year and 5 or over then has it blank.
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
    if (birth && *end >= add_years(*birth, 5) && !oc2.blank(row, health_check) && continuous.contains(oc2.child(row)))
      found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "546",
    .message = "Children aged 5 or over at 31 March should not have health promotion information completed.",
    .tables = "Episodes,OC2",
    .fields = "DOB,HEALTH_CHECK",
    .check = check,
    .examples = {R"(
# 1: turns 5 on 31 March with a health check; 2: 4 then; 3: blank; 4: a short break this year.
year 2020
--- Episodes
CHILD,DECOM,DEC,RNE,REC,LS
1,01/02/2016,,S,,C2
2,01/02/2016,,S,,C2
3,01/02/2016,,S,,C2
4,01/02/2016,,S,,V4
--- OC2
CHILD,DOB,HEALTH_CHECK
! 1,31/03/2015,1
2,01/04/2015,1
3,31/03/2010,
4,31/03/2010,1
)"},
}};

}  // namespace
}  // namespace lens::validation
