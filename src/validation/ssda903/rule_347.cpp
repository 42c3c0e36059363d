// 903 rule 347: a care leaver under 18 on 1 April cannot be living in a foyer (ACCOM T1 or T2).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  const Table& oc3 = r.table("OC3");
  const int dob = oc3.column("DOB"), accom = oc3.column("ACCOM");
  for (std::size_t row = 0; row < oc3.rows(); ++row) {
    const OptDate born = oc3.date(row, dob);
    if (oc3.text(row, accom).starts_with("T") && born && add_years(*born, 18) > *start) found.flag(oc3, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "347",
    .message = "Care leavers aged under 18 years, can not be accommodated in a Foyer.",
    .tables = "OC3",
    .fields = "PLACE,DEC,URN",
    .check = check,
    .examples = {R"(
year 2021
--- OC3
CHILD,DOB,ACCOM
1,01/01/1999,T1
2,01/01/2010,
# 18 on 1 April 2020
3,01/04/2002,T2
! 4,02/04/2002,T1
5,02/04/2002,B1
)"},
}};

}  // namespace
}  // namespace lens::validation
