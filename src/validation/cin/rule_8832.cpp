// CIN rule 8832: a referral with no further action can have no child protection plan.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const ByEpisode<bool> no_further_action = no_further_action_episodes(r);
  const Table& plans = r.table("ChildProtectionPlans");
  const int id = plans.column("CINdetailsID");
  for (std::size_t row = 0; row < plans.rows(); ++row)
    if (no_further_action.contains(episode_of(plans, row, id))) found.flag(plans, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8832",
    .message = "Child Protection details provided for a referral with no further action.",
    .tables = "ChildProtectionPlans",
    .fields = "CINdetailsID,ReferralNFA",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA
A,1,true
A,2,false
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
! A,1,1,2023-05-01
A,2,1,2023-05-01
)"},
}};

}  // namespace
}  // namespace lens::validation
