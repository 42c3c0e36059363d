// 903 rule 582: a child adopted (REC E11, E12) is expected to have been matched with the
// adopters before the adoption, not on the same day.
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& ad1 = r.table("AD1");
  const int dec = eps.column("DEC"), rec = eps.column("REC"), match = ad1.column("DATE_MATCH");
  const auto adoptions = rows_by_child(ad1);
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view reason = eps.text(row, rec);
    auto a = adoptions.find(eps.child(row));
    if ((reason != "E11" && reason != "E12") || eps.blank(row, dec) || a == adoptions.end()) continue;
    for (std::size_t ad : a->second)
      if (ad1.text(ad, match) == eps.text(row, dec)) {
        found.flag(eps, row);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "582",
    .message = "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as "
               "the date reported for being matched with adopters. In most circumstances we expect the date the child "
               "is matched with adopters to be before the date of adoption.",
    .tables = "Episodes,AD1",
    .fields = "DEC,DATE_MATCH",
    .check = check,
    .examples = {R"(
# 1: matched the day before; 2: matched the same day; 3: not adopted; 4: no match date.
--- Episodes
CHILD,DEC,REC
1,02/01/2020,E11
! 2,01/01/2020,E12
3,01/01/2020,E13
4,01/01/2020,E11
--- AD1
CHILD,DATE_MATCH
1,01/01/2020
2,01/01/2020
3,01/01/2020
4,
)"},
}};

}  // namespace
}  // namespace lens::validation
