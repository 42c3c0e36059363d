// 903 rule 543: a child aged 10 or over on 31 March who was looked after continuously through the
// year must have conviction information (OC2 CONVICTED).
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
  const int dob = oc2.column("DOB"), convicted = oc2.column("CONVICTED");
  for (std::size_t row = 0; row < oc2.rows(); ++row) {
    OptDate birth = oc2.date(row, dob);
    if (birth && *end > add_years(*birth, 10) && oc2.blank(row, convicted) && continuous.contains(oc2.child(row)))
      found.flag(oc2, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "543",
    .message = "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet "
               "conviction information has not been completed.",
    .tables = "Episodes,OC2",
    .fields = "DOB,CONVICTED",
    .check = check,
    .examples = {R"(
# Looked after all year: 1 (one open episode), 2 (ends 31 March), 5 (turns 10 on 31 March: not
# over 10 by the DfE's reading). 3 started this year (S after 1 April), 4 left in the year,
# 6 had a short break, 7 has no episodes.
year 2020
--- Episodes
CHILD,DECOM,DEC,RNE,REC,LS
1,01/02/2015,,S,,C2
2,01/03/2018,31/03/2020,S,E11,C2
3,02/04/2019,,S,,C2
4,01/03/2018,01/01/2020,S,E11,C2
5,01/03/2018,,S,,C2
6,01/03/2018,,S,,V3
--- OC2
CHILD,DOB,CONVICTED
! 1,01/01/2005,
! 2,01/01/2005,
3,01/01/2005,
4,01/01/2005,
5,31/03/2010,
6,01/01/2005,
7,01/01/2005,
8,01/01/2005,0
)"},
}};

}  // namespace
}  // namespace lens::validation
