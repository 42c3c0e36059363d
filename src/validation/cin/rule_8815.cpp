// CIN rule 8815: a child can have only one open episode (no closure date) that is not a
// referral with no further action. When there are more, each is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int closed = episodes.column("CINclosureDate"), nfa = episodes.column("ReferralNFA");
  cin_rules::flag_when_several_open(found, episodes, rows_by_child(episodes), [&](std::size_t row) {
    return episodes.blank(row, closed) && !cin_rules::is_true(episodes.text(row, nfa));
  });
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8815",
    .message =
        "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child "
        "and case is not a referral with no further action.",
    .tables = "CINdetails",
    .fields = "ReferralNFA,CINclosureDate",
    .check = check,
    .examples = {R"(
# A: two open episodes going on (both flagged) and a closed one. B: one open going on, one open
# NFA. C: one open.
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,CINclosureDate,ReferralNFA
! A,1,2023-05-01,,false
! A,2,2023-07-01,,false
A,3,2023-04-01,2023-04-20,false
B,1,2023-05-01,,false
B,2,2023-07-01,,true
C,1,2023-05-01,,false
)"},
}};

}  // namespace
}  // namespace lens::validation
