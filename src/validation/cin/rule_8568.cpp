// CIN rule 8568: ReferralNFA must be present and a boolean: true, false, 1 or 0.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int nfa = episodes.column("ReferralNFA");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    std::string_view f = episodes.text(row, nfa);
    if (f != "true" && f != "false" && f != "1" && f != "0") found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8568",
    .message = "RNFA flag is missing or invalid",
    .tables = "CINdetails",
    .fields = "ReferralNFA",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA
A,1,true
A,2,false
B,1,1
B,2,0
! C,1,
! C,2,yes
! C,3,TRUE
)"},
}};

}  // namespace
}  // namespace lens::validation
