// 903 rule 392b: an episode that is not a short break (LS V3 or V4) of a child who is not and was
// not UASC (this year or last) has both the home and the placement postcode.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto uasc = s903::uasc_children(r);
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS"), home = eps.column("HOME_POST"), placed = eps.column("PL_POST");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if ((eps.blank(row, home) || eps.blank(row, placed)) && !s903::one_of(eps.text(row, ls), {"V3", "V4"}) &&
        !uasc.contains(eps.child(row)))
      found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "392b",
    .message = "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
    .tables = "Episodes",
    .fields = "HOME_POST,PL_POST",
    .check = check,
    .examples = {R"(
--- Header
CHILD,UASC
1,1
2,0
3,0
4,0
--- Header_last
CHILD,UASC
4,1
--- Episodes
CHILD,LS,HOME_POST,PL_POST
1,L1,,
! 2,L1,AB1 2CD,
2,V3,,AB1 2CD
! 3,C2,,AB1 2CD
3,C2,AB1 2CD,EF3 4GH
4,C2,,
)"},
}};

}  // namespace
}  // namespace lens::validation
