// 903 rule 542: conviction information (OC2 CONVICTED) is for children aged 10 or over on 31
// March; a child not yet 10 then should have it blank.
#include "core/date.hpp"
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& oc2 = r.table("OC2");
  const int dob = oc2.column("DOB"), convicted = oc2.column("CONVICTED");
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    OptDate birth = oc2.date(row, dob);
    if (birth && add_years(*birth, 10) > *end && !oc2.blank(row, convicted)) found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "542",
    .message = "A child aged under 10 at 31 March should not have conviction information completed.",
    .tables = "OC2s",
    .fields = "CONVICTED",
    .check = check,
    .examples = {R"(
# 1: 10 on 31 March passes; 2: 10 on 1 April, fails; 3: blank; 4: no date of birth.
year 2020
--- OC2
CHILD,DOB,CONVICTED
1,31/03/2010,1
! 2,01/04/2010,0
3,01/04/2010,
4,,1
)"},
}};

}  // namespace
}  // namespace lens::validation
