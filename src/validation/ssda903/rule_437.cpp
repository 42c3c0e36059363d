// 903 rule 437: an episode that ended because the child died (E2) or turned 18 (E15) must be the
// child's last. Episodes without a start date are not judged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rec = eps.column("REC");
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto rows = seq.rows(i);
    for (std::size_t k = 0; k + 1 < rows.size(); ++k) {
      std::string_view reason = eps.text(rows[k], rec);
      if ((reason == "E2" || reason == "E15") && seq.date(rows[k])) found.flag(eps, rows[k]);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "437",
    .message = "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.",
    .tables = "Episodes",
    .fields = "REC",
    .check = check,
    .examples = {R"(
# 1: E2 on the only episode; 2: E15 on the last (rows out of order); 3: E15 then another
# episode, fails; 4: E2 on an episode with no start date is not judged.
--- Episodes
CHILD,DECOM,REC
1,20/10/2021,E2
2,19/11/2021,E15
2,17/06/2021,X1
3,04/04/2020,X1
! 3,11/09/2020,E15
3,07/05/2021,
4,,E2
4,20/12/2020,X1
)"},
}};

}  // namespace
}  // namespace lens::validation
