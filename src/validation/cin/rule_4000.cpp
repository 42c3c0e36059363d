// CIN rule 4000: a referral with no further action (ReferralNFA true) can have no CIN plan.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const ByEpisode<bool> no_further_action = no_further_action_episodes(r);
  const Table& plans = r.table("CINplanDates");
  const int id = plans.column("CINdetailsID");
  for (std::size_t row = 0; row < plans.rows(); ++row)
    if (no_further_action.contains(episode_of(plans, row, id))) found.flag(plans, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4000",
    .message = "CIN Plan details provided for a referral with no further action",
    .tables = "CINplanDates",
    .fields = "ReferralNFA",
    .check = check,
    .examples = {R"(
# A1 is NFA ("true", or "1") with a plan: flagged; A2 led to further action.
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA
A,1,true
A,2,false
B,1,1
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
! A,1,2023-05-01,
A,2,2023-05-01,
! B,1,2023-06-01,2023-07-01
)"},
}};

}  // namespace
}  // namespace lens::validation
