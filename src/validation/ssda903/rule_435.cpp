// 903 rule 435: an episode whose reason is "placement changed, legal status the same" (RNE P or T)
// must keep the previous episode's legal status and change the placement. As the DfE's validator
// reads it, a blank legal status is never "the same", and a blank placement detail never matches.
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
      if (reason != "P" && reason != "T") continue;
      std::string_view status = eps.text(rows[k], ls);
      bool status_changed = status.empty() || status != eps.text(rows[k - 1], ls);
      if (status_changed || ssda903_rules::same_placement(eps, rows[k], rows[k - 1], false)) found.flag(eps, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "435",
    .message = "Reason for new episode is that child’s placement has changed but not the legal status, but this is not "
               "reflected in the episode data recorded.",
    .tables = "Episodes",
    .fields = "LS,PLACE,PL_POST,URN,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
# 1: a move of postcode passes; the next episode changes nothing, fails; then the provider
# changes, passes. 2: the legal status changes, fails; 3: placement the same but URN blank both
# times: not the same as the DfE validator reads blanks, passes.
--- Episodes
CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
1,01/06/2020,S,C2,R1,XX1,SC112,PR1
1,03/06/2020,P,C2,R1,XX3,SC112,PR1
! 1,04/06/2020,P,C2,R1,XX3,SC112,PR1
1,05/06/2020,T,C2,R1,XX3,SC112,PR4
2,07/06/2020,S,C2,R1,XX1,SC112,PR1
! 2,09/06/2020,P,E1,R1,XX2,SC112,PR1
3,07/06/2020,S,C2,U1,XX1,,PR1
3,09/06/2020,P,C2,U1,XX1,,PR1
)"},
}};

}  // namespace
}  // namespace lens::validation
