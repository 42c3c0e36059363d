// CIN rule 1105: a child protection plan cannot start before the referral date of its episode.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_before_referral(r, found, "ChildProtectionPlans", "CPPstartDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1105",
    .message = "The child protection plan start date cannot be before the referral date",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,CINreferralDate",
    .check = check,
    .examples = {R"(
# A's second episode was referred on 2024-01-10: its plan from 2024-01-09 is flagged, the first
# episode's plan (referred 2023-04-01) is not. B's referral date is blank: nothing to compare.
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2023-04-01
A,2,2024-01-10
B,1,
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
A,1,1,2023-04-01
! A,2,1,2024-01-09
B,1,1,2023-05-01
)"},
}};

}  // namespace
}  // namespace lens::validation
