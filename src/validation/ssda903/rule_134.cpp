// 903 rule 134: a child in the care leavers' table (OC3) with any of IN_TOUCH, ACTIV or ACCOM
// given may not also have adoption data (AD1) given; the AD1 row is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc3 = r.table("OC3");
  const Table& ad1 = r.table("AD1");
  std::unordered_set<std::string_view> care_leavers;
  const int oc3_cols[] = {oc3.column("IN_TOUCH"), oc3.column("ACTIV"), oc3.column("ACCOM")};
  for (std::size_t row = 0; row < oc3.rows(); ++row)
    for (int c : oc3_cols)
      if (!oc3.blank(row, c)) care_leavers.insert(oc3.child(row));
  const int ad1_cols[] = {ad1.column("DATE_INT"),  ad1.column("DATE_MATCH"), ad1.column("FOSTER_CARE"),
                          ad1.column("NB_ADOPTR"), ad1.column("SEX_ADOPTR"), ad1.column("LS_ADOPTR")};
  for (std::size_t row = 0; row < ad1.rows(); ++row) {
    if (!care_leavers.contains(ad1.child(row))) continue;
    for (int c : ad1_cols)
      if (!ad1.blank(row, c)) {
        found.flag(ad1, row);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "134",
    .message = "Data on adoption should not be entered for the OC3 cohort.",
    .tables = "OC3,AD1",
    .fields = "IN_TOUCH,ACTIV,ACCOM,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
    .check = check,
    .examples = {R"(
--- OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
1,,,
2,YES,,
3,,F1,
4,,,B1
--- AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
1,01/01/2020,01/02/2020,1,1,M1,L0
! 2,,01/02/2020,,,,
! 3,01/01/2020,01/02/2020,1,1,M1,L0
4,,,,,,
5,01/01/2020,01/02/2020,1,1,M1,L0
)"},
}};

}  // namespace
}  // namespace lens::validation
