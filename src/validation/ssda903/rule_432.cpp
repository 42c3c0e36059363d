// 903 rule 432: after an episode that ended the period of care (a REC that means leaving care),
// the child's next episode must be a new start (RNE "S").
#include <algorithm>
#include <array>

#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

bool left_care(std::string_view rec) {
  static constexpr std::array<std::string_view, 21> kLeft = {
      "E2",  "E3",  "E4A", "E4B", "E5",  "E6",  "E7",  "E8",  "E9",  "E11", "E12",
      "E13", "E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48"};
  return std::find(kLeft.begin(), kLeft.end(), rec) != kLeft.end();
}

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rne = eps.column("RNE"), rec = eps.column("REC");
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 1; k < rows.size(); ++k)
      if (left_care(eps.text(rows[k - 1], rec)) && eps.text(rows[k], rne) != "S") found.flag(eps, rows[k]);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "432",
    .message = "The child ceased to be looked after at the end of the previous episode but the reason for the new "
               "episode is not started to be looked after.",
    .tables = "Episodes",
    .fields = "RNE",
    .check = check,
    .examples = {R"(
# 1: left care (E3) then returned with "P", fails; then "S" passes. 2: one episode only.
# 3: a continuing episode (X1) followed by "P" passes.
--- Episodes
CHILD,DECOM,RNE,REC
1,01/06/2020,S,E3
! 1,05/06/2020,P,E3
1,08/06/2020,S,
2,05/06/2020,S,E3
3,06/06/2020,S,X1
3,10/06/2020,P,
)"},
}};

}  // namespace
}  // namespace lens::validation
