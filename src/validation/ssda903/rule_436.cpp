// 903 rule 436: an episode whose reason is "placement and legal status both changed" (RNE U or B)
// must differ from the child's previous episode in legal status and in placement (blanks count
// as equal values here).
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
      std::string_view reason = eps.text(rows[k], rne);
      if (reason != "U" && reason != "B") continue;
      bool same_status = eps.text(rows[k], ls) == eps.text(rows[k - 1], ls);
      if (same_status || ssda903_rules::same_placement(eps, rows[k], rows[k - 1], true)) found.flag(eps, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "436",
    .message = "Reason for new episode is that both child’s placement and legal status have changed, but this is not "
               "reflected in the episode data.",
    .tables = "Episodes",
    .fields = "RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
# 1: both change, passes; then only the legal status changes, fails; then both blank legal
# statuses count as the same, fails. 2: a single "U" episode has nothing to compare with.
--- Episodes
CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
1,03/06/2020,S,C2,U1,X1,,PR1
1,05/06/2020,U,E1,U2,X1,,PR1
! 1,06/06/2020,B,C2,U2,X1,,PR1
1,07/06/2020,P,,U3,X1,,PR1
! 1,08/06/2020,B,,U4,X1,,PR1
2,05/06/2020,U,C2,U1,X1,,PR1
)"},
}};

}  // namespace
}  // namespace lens::validation
