// 903 rule 525: a child whose plan for adoption was reversed (DATE_PLACED_CEASED given) was not
// adopted this year, so none of the adoption details (AD1) should be given.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const Table& ad1 = r.table("AD1");
  const int ceased = placed.column("DATE_PLACED_CEASED");
  std::vector<int> details;
  for (std::string_view name : {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"})
    details.push_back(ad1.column(name));
  const auto ad1_rows = rows_by_child(ad1);
  std::vector<bool> ad1_flagged(ad1.rows());
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    auto a = ad1_rows.find(placed.child(row));
    if (placed.blank(row, ceased) || a == ad1_rows.end()) continue;
    bool adopted = false;
    for (std::size_t ad : a->second) {
      bool any = false;
      for (int c : details) any = any || !ad1.blank(ad, c);
      if (!any) continue;
      adopted = true;
      if (!ad1_flagged[ad]) found.flag(ad1, ad);
      ad1_flagged[ad] = true;
    }
    if (adopted) found.flag(placed, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "525",
    .message = "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the "
               "year.",
    .tables = "PlacedAdoption,AD1",
    .fields = "DATE_PLACED_CEASED,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
    .check = check,
    .examples = {R"(
# 1: reversed, AD1 row empty; 2: reversed and matched; 3: reversed and legal status given;
# 4: not reversed; 5: reversed, no AD1 row.
--- PlacedAdoption
CHILD,DATE_PLACED_CEASED
1,08/03/2020
! 2,22/06/2020
! 3,24/10/2021
4,
5,01/01/2021
--- AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
1,,,,,,
! 2,,01/05/2020,,,,
! 3,,,,,,L0
4,01/01/2020,01/02/2020,0,1,M1,L0
)"},
}};

}  // namespace
}  // namespace lens::validation
