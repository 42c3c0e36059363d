// 903 rule 386: a child adopted (REC E11 or E12) is under 18 on the day the episode ends.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto dobs = s903::dob_by_child(r.table("Header"));
  const Table& eps = r.table("Episodes");
  const int dec = eps.column("DEC"), rec = eps.column("REC");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate born = s903::dob_of(dobs, eps.child(row)), ended = eps.date(row, dec);
    if (s903::one_of(eps.text(row, rec), {"E11", "E12"}) && born && ended && *ended >= add_years(*born, 18))
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "386",
    .message = "Reason episode ceased is adopted but child has reached age 18.",
    .tables = "Header,Episodes",
    .fields = "REC",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
1,16/03/2020
2,23/09/2002
3,31/12/2000
--- Episodes
CHILD,REC,DEC
1,E11,15/03/2021
2,E12,22/09/2020
# the 18th birthday
! 2,E12,23/09/2020
! 3,E11,23/08/2020
3,X1,23/08/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
