// CIN rule 1104: an initial child protection conference (Section 47 DateOfInitialCPC) cannot be
// before the referral date of its CIN episode.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_before_referral(r, found, "Section47", "DateOfInitialCPC");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1104",
    .message = "The date of the initial child protection conference cannot be before the referral date",
    .tables = "Section47",
    .fields = "CINreferralDate,DateOfInitialCPC",
    .check = check,
    .examples = {R"(
# A: conference on the referral day (fine), and the day before (flagged). B: no conference yet.
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2024-05-10
B,1,2024-06-01
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC
A,1,2024-05-10,2024-05-10
! A,1,2024-05-09,2024-05-09
B,1,2024-06-02,
)"},
}};

}  // namespace
}  // namespace lens::validation
