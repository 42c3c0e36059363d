// CIN rule 8772: UN7 ("referral with no further action") cannot be the reason a UPN is unknown
// for a child with any referral that went on to further action.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto further_action = cin_rules::children_with_further_action(r);
  const Table& children = r.table("ChildIdentifiers");
  const int unknown = children.column("UPNunknown");
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (children.text(row, unknown) == "UN7" && further_action.contains(children.child(row))) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8772",
    .message =
        "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral "
        "going on to further action",
    .tables = "ChildIdentifiers",
    .fields = "UPNunknown,ReferralNFA",
    .check = check,
    .examples = {R"(
# 1: UN7 and every referral NFA. 2: UN7 with one referral going on (flagged). 3: UN2.
--- ChildIdentifiers
LAchildID,UPNunknown
1,UN7
! 2,UN7
3,UN2
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA
1,1,true
2,1,true
2,2,false
3,1,false
)"},
}};

}  // namespace
}  // namespace lens::validation
