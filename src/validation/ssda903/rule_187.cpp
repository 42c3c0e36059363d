// 903 rule 187: a child of the OC2 cohort can have neither adoption (AD1) nor care leaver (OC3)
// data; each such row with any item given is flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  if (!collection_start(r)) return;
  const auto cohort = s903::continuously_looked_after(r);
  auto flag_given = [&](const Table& t, std::initializer_list<std::string_view> fields) {
    std::vector<int> cols;
    for (std::string_view f : fields) cols.push_back(t.column(f));
    for (std::size_t row = 0; row < t.rows(); ++row) {
      if (!cohort.contains(t.child(row))) continue;
      for (int c : cols)
        if (!t.blank(row, c)) {
          found.flag(t, row);
          break;
        }
    }
  };
  flag_given(r.table("OC3"), {"IN_TOUCH", "ACTIV", "ACCOM"});
  flag_given(r.table("AD1"), {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"});
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "187",
    .message = "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.",
    .tables = "OC3,AD1,Episodes",
    .fields = "DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR,IN_TOUCH,ACTIV,ACCOM",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,DEC,RNE,LS,REC
# looked after since before 1 April 2020 and still at 31 March 2021: the OC2 cohort
1,01/03/2019,,S,C2,
2,01/03/2019,,S,C2,
3,01/03/2019,,S,C2,
4,01/03/2019,,S,C2,
# started during the year: not in the cohort
5,01/05/2020,,S,C2,
# left care during the year: not in the cohort
6,01/03/2019,01/02/2021,S,C2,E13
# a short break during the year: not in the cohort
7,01/03/2019,,S,V3,
--- OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
! 1,YES,F1,B1
2,,,
6,YES,F1,B1
--- AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
! 3,01/01/2021,,,,,
4,,,,,,
5,01/01/2021,01/02/2021,1,1,MF,L0
)"},
}};

}  // namespace
}  // namespace lens::validation
