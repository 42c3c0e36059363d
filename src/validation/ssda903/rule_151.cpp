// 903 rule 151: the adoption items (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR,
// LS_ADOPTR) are all given or all blank.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& ad1 = r.table("AD1");
  const int cols[] = {ad1.column("DATE_INT"),  ad1.column("DATE_MATCH"), ad1.column("FOSTER_CARE"),
                      ad1.column("NB_ADOPTR"), ad1.column("SEX_ADOPTR"), ad1.column("LS_ADOPTR")};
  for (std::size_t row = 0; row < ad1.rows(); ++row) {
    int given = 0;
    for (int c : cols) given += !ad1.blank(row, c);
    if (given != 0 && given != 6) found.flag(ad1, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "151",
    .message = "All data items relating to a childs adoption must be coded or left blank.",
    .tables = "AD1",
    .fields = "DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTER,SEX_ADOPTR,LS_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
1,01/01/2020,01/02/2020,1,1,M1,L0
2,,,,,,
! 3,01/01/2020,,,,,
! 4,01/01/2020,01/02/2020,1,1,M1,
)"},
}};

}  // namespace
}  // namespace lens::validation
