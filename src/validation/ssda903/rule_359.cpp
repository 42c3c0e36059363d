// 903 rule 359: a young person looked after past the 18th birthday (18 before 31 March, the
// episode still open) is accommodated under section 20(5) in a community home: LS V2 and
// PLACE K2.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const auto dobs = s903::dob_by_child(r.table("Header"));
  const Table& eps = r.table("Episodes");
  const int dec = eps.column("DEC"), ls = eps.column("LS"), place = eps.column("PLACE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate born = s903::dob_of(dobs, eps.child(row));
    if (born && add_years(*born, 18) < *end && eps.blank(row, dec) &&
        !(eps.text(row, ls) == "V2" && eps.text(row, place) == "K2"))
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "359",
    .message = "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.",
    .tables = "Header,Episodes",
    .fields = "DEC,LS,PLACE",
    .check = check,
    .examples = {R"(
year 2021
--- Header
CHILD,DOB
1,01/06/2020
2,05/06/2000
3,05/06/2000
4,06/06/2000
5,31/03/2003
--- Episodes
CHILD,DEC,LS,PLACE
1,,C2,U1
2,,V2,K2
! 3,,V2,K1
! 4,,C2,U1
4,01/06/2020,C2,U1
# 18 on 31 March 2021 itself
5,,C2,U1
)"},
}};

}  // namespace
}  // namespace lens::validation
