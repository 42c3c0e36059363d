// CIN rule 8816: an open episode (no closure date) that is not a referral with no further
// action must be the child's latest episode (the one with the latest referral date). An open
// episode referred on the same day as the latest is the latest too.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int referral = episodes.column("CINreferralDate"), closed = episodes.column("CINclosureDate"),
            nfa = episodes.column("ReferralNFA");
  for (const auto& [child, rows] : rows_by_child(episodes)) {
    if (rows.size() < 2) continue;
    OptDate latest;
    for (std::size_t row : rows)
      if (const OptDate d = episodes.date(row, referral); d && (!latest || *d > *latest)) latest = d;
    for (std::size_t row : rows) {
      const OptDate d = episodes.date(row, referral);
      if (d && *d < *latest && episodes.blank(row, closed) && !cin_rules::is_true(episodes.text(row, nfa)))
        found.flag(episodes, row);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8816",
    .message = "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
    .tables = "CINdetails",
    .fields = "CINreferralDate,ReferralNFA",
    .check = check,
    .examples = {R"(
# A: the open episode is older than a closed one (flagged). B: the open one is the latest.
# C: the older open episode is NFA.
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,CINclosureDate,ReferralNFA
! A,1,2023-05-01,,false
A,2,2023-07-01,2023-08-01,false
B,1,2023-05-01,2023-06-01,false
B,2,2023-07-01,,false
C,1,2023-05-01,,true
C,2,2023-07-01,2023-08-01,false
)"},
}};

}  // namespace
}  // namespace lens::validation
