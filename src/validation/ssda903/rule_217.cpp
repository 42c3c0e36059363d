// 903 rule 217: an episode from 1 April 2015 placed for adoption with the current foster carers
// (A3 or A5) begins with reason S, T or U.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Date from = *Date::from_ymd(2015, 4, 1);
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), decom = eps.column("DECOM"), rne = eps.column("RNE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate d = eps.date(row, decom);
    if (s903::one_of(eps.text(row, place), {"A3", "A5"}) && d && *d >= from &&
        !s903::one_of(eps.text(row, rne), {"S", "T", "U"}))
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "217",
    .message = "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.",
    .tables = "Episodes",
    .fields = "PLACE,DECOM,RNE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,DECOM,RNE
1,A3,01/04/2015,S
2,A5,31/12/2015,T
3,U1,01/10/2017,P
! 4,A3,01/04/2015,P
! 5,A5,01/01/2017,B
# before 1 April 2015
6,A5,31/03/2015,P
)"},
}};

}  // namespace
}  // namespace lens::validation
