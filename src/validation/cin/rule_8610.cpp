// CIN rule 8610: a referral that led to further action (ReferralNFA false or 0) must have a
// primary need code (whether the code is valid is rule 8650's).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int nfa = episodes.column("ReferralNFA"), need = episodes.column("PrimaryNeedCode");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    if (cin_rules::is_false(episodes.text(row, nfa)) && episodes.blank(row, need)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8610",
    .message = "Primary Need code is missing for a referral which led to further action.",
    .tables = "CINdetails",
    .fields = "ReferralNFA,PrimaryNeedCode",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA,PrimaryNeedCode
A,1,false,N1
! A,2,false,
! B,1,0,
! D,1,FALSE,
C,1,true,
C,2,TRUE,
)"},
}};

}  // namespace
}  // namespace lens::validation
