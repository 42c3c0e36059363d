// 903 rule 433: a continuing episode (RNE P, L, T, U or B) must start on the day the child's
// previous episode ended; a blank start or previous end date fails too.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

bool continues(std::string_view rne) { return rne == "P" || rne == "L" || rne == "T" || rne == "U" || rne == "B"; }

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rne = eps.column("RNE"), decom = eps.column("DECOM"), dec = eps.column("DEC");
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 1; k < rows.size(); ++k) {
      std::string_view start = eps.text(rows[k], decom), previous_end = eps.text(rows[k - 1], dec);
      if (continues(eps.text(rows[k], rne)) && (start.empty() || previous_end.empty() || start != previous_end))
        found.flag(eps, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "433",
    .message = "The reason for new episode suggests that this is a continuation episode, but the episode does not "
               "start on the same day as the last episode finished.",
    .tables = "Episodes",
    .fields = "RNE,DECOM",
    .check = check,
    .examples = {R"(
# 1: the first episode is a new start; 2: continues on the day the previous one ended (rows out
# of order); 3: continues a day early, then a day late; 4: previous end date blank.
--- Episodes
CHILD,DECOM,DEC,RNE
1,20/10/2021,20/11/2021,S
2,19/11/2021,,P
2,17/06/2021,19/11/2021,P
3,04/04/2020,12/09/2020,S
! 3,11/09/2020,06/05/2021,B
! 3,07/05/2021,,T
4,01/04/2020,,S
! 4,01/05/2020,,L
)"},
}};

}  // namespace
}  // namespace lens::validation
