// 903 rule 511: two adopters (NB_ADOPTR 2) cannot be recorded as a single adopter's sex (M1, F1).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& ad1 = r.table("AD1");
  const int number = ad1.column("NB_ADOPTR"), sex = ad1.column("SEX_ADOPTR");
  for (std::size_t row = 0; row < ad1.rows(); ++row) {
    std::string_view s = ad1.text(row, sex);
    if (ad1.text(row, number) == "2" && (s == "M1" || s == "F1")) found.flag(ad1, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "511",
    .message = "If reporting that the number of person(s) adopting the looked after child is two adopters then the code "
               "should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both "
               "females; MF = The adopting couple are male and female.",
    .tables = "AD1",
    .fields = "NB_ADOPTR,SEX_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,NB_ADOPTR,SEX_ADOPTR
1,2,MM
2,2,FF
3,,MM
! 4,2,M1
! 5,2,F1
6,1,F1
7,2,
)"},
}};

}  // namespace
}  // namespace lens::validation
