// 903 rule 391: a care leaver in the OC3 table is 17, 18, 19, 20 or 21 at some time in the
// collection year: 17 by 31 March, and not yet 22 on 1 April. Rows with any care leaver item are
// checked.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!start || !end) return;
  const Table& oc3 = r.table("OC3");
  const int dob = oc3.column("DOB"), cols[] = {oc3.column("IN_TOUCH"), oc3.column("ACTIV"), oc3.column("ACCOM")};
  for (std::size_t row = 0; row < oc3.rows(); ++row) {
    const OptDate born = oc3.date(row, dob);
    bool given = false;
    for (int c : cols) given = given || !oc3.blank(row, c);
    if (given && born && (add_years(*born, 17) > *end || add_years(*born, 22) <= *start)) found.flag(oc3, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "391",
    .message = "Young person was not 17, 18, 19, 20 or 21 during the current collection year.",
    .tables = "OC3",
    .fields = "DOB,IN_TOUCH,ACTIV,ACCOM",
    .check = check,
    .examples = {R"(
year 2018
--- OC3
CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
# 17 on 31 March 2018
1,31/03/2001,YES,F1,B1
! 2,01/04/2001,YES,F1,B1
# 22 on 2 April 2017: still 21 on 1 April
3,02/04/1995,YES,F1,B1
! 4,01/04/1995,NO,0,0
5,01/01/2016,,,
)"},
}};

}  // namespace
}  // namespace lens::validation
