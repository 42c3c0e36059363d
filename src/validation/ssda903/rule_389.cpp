// 903 rule 389: a child transferred to adult social care (REC E7) is at least 16 on the day the
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
    if (eps.text(row, rec) == "E7" && born && ended && *ended < add_years(*born, 16)) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "389",
    .message = "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.",
    .tables = "Episodes,Header",
    .fields = "REC",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
1,01/06/2004
2,01/06/2004
--- Episodes
CHILD,REC,DEC
1,E7,01/06/2020
! 2,E7,31/05/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
