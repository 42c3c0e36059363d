// CIN rule 1103: an assessment cannot start before the referral of its CIN episode.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_before_referral(r, found, "Assessments", "AssessmentActualStartDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1103",
    .message = "The assessment start date cannot be before the referral date",
    .tables = "Assessments",
    .fields = "AssessmentActualStartDate,CINreferralDate",
    .check = check,
    .examples = {R"(
# Child A: started the day of the referral (fine) and the day before (flagged).
# Child B: no start date yet (not this rule's business). Child C: the second episode's
# assessment is compared with the second episode's referral, not the first's.
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2024-05-10
B,1,2024-06-01
C,1,2023-04-01
C,2,2024-01-10
--- Assessments
LAchildID,CINdetailsID,AssessmentActualStartDate
A,1,2024-05-10
! A,1,2024-05-09
B,1,
C,1,2023-04-01
! C,2,2023-04-01
)"},
}};

}  // namespace
}  // namespace lens::validation
