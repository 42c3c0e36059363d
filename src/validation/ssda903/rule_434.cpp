// 903 rule 434: an episode whose reason is "legal status changed, placement the same" (RNE "L")
// must differ from the child's previous episode in legal status and match it in placement
// (type, postcode, URN, provider; blanks count as the same placement detail).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rne = eps.column("RNE"), ls = eps.column("LS");
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 1; k < rows.size(); ++k) {
      if (eps.text(rows[k], rne) != "L") continue;
      std::string_view status = eps.text(rows[k], ls);
      bool same_status = !status.empty() && status == eps.text(rows[k - 1], ls);
      if (same_status || !ssda903_rules::same_placement(eps, rows[k], rows[k - 1], true)) found.flag(eps, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "434",
    .message = "Reason for new episode is that child's legal status has changed but not the placement, but this is not "
               "reflected in the episode data.",
    .tables = "Episodes",
    .fields = "RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
# 1: the first "L" episode has nothing before it; the later one keeps the legal status, fails.
# 2: status changes, placement the same (blank URN both times) passes; then the URN changes,
# then the postcode changes: both fail.
--- Episodes
CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
1,01/01/2020,L,C2,U1,AB1,,PR1
1,01/02/2020,P,C2,U1,AB2,,PR1
! 1,01/12/2020,L,C2,U1,AB2,,PR1
2,01/01/2020,S,C1,U1,AB1,,PR1
2,01/02/2020,L,C2,U1,AB1,,PR1
! 2,01/03/2020,L,E1,U1,AB1,SC1,PR1
! 2,01/04/2020,L,C2,U1,AB9,SC1,PR1
)"},
}};

}  // namespace
}  // namespace lens::validation
