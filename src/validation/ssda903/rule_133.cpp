// 903 rule 133: ACCOM (care leavers' accommodation) must be a code of the list (blank is an
// error too). No fixed abode (S) and custody (X) cannot be suitable, so S1 and X1 are not
// codes the DfE accepts, though the code list names both halves of every letter.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& oc3 = r.table("OC3");
  const int accom = oc3.column("ACCOM");
  for (std::size_t row = 0; row < oc3.rows(); ++row) {
    const std::string_view v = oc3.text(row, accom);
    if (!ssda903::is_valid_code(ssda903::CodeList::Accommodation, v, r.collection_year) || s903::one_of(v, {"S1", "X1"}))
      found.flag(oc3, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "133",
    .message = "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid",
    .tables = "OC3",
    .fields = "ACCOM",
    .check = check,
    .examples = {R"(
--- OC3
CHILD,ACCOM
1,B1
2,S2
3,0
! 4,S1
! 5,X1
! 6,
! 7,1
)"},
}};

}  // namespace
}  // namespace lens::validation
