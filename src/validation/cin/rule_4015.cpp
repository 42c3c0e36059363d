// CIN rule 4015: a CIN plan cannot start before the referral date of its episode.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_before_referral(r, found, "CINplanDates", "CINPlanStartDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4015",
    .message = "The CIN Plan start date cannot be before the referral date",
    .tables = "CINplanDates",
    .fields = "CINPlanStartDate,CINreferralDate",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2024-05-10
B,1,2024-06-01
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate
A,1,2024-05-10
! A,1,2024-05-09
B,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
