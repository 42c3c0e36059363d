// 903 rule 387: a child moving into independent living (REC E5 or E6) is at least 14 on the day the
// episode ends.
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
    if (s903::one_of(eps.text(row, rec), {"E5", "E6"}) && born && ended && *ended < add_years(*born, 14))
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "387",
    .message = "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.",
    .tables = "Header,Episodes",
    .fields = "REC",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
1,01/06/2006
2,01/06/2006
--- Episodes
CHILD,REC,DEC
1,E5,01/06/2020
! 2,E6,31/05/2020
2,E13,31/05/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
