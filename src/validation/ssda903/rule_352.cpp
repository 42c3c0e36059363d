// 903 rule 352: a child cannot start to be looked after (RNE S) aged 18 or over.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto dobs = s903::dob_by_child(r.table("Header"));
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM"), rne = eps.column("RNE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate born = s903::dob_of(dobs, eps.child(row)), began = eps.date(row, decom);
    if (eps.text(row, rne) == "S" && born && began && add_years(*born, 18) <= *began) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "352",
    .message = "Child who started to be looked after was aged 18 or over.",
    .tables = "Header,Episodes",
    .fields = "DECOM,RNE",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB
1,16/03/2005
2,23/09/2002
3,31/12/2000
--- Episodes
CHILD,RNE,DECOM
1,S,16/03/2021
2,S,22/09/2020
! 2,S,23/09/2020
2,P,23/10/2020
! 3,S,23/08/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
