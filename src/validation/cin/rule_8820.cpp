// CIN rule 8820: a child's episodes cannot overlap: no referral may fall on or after another
// episode's referral and on or before its closure (or, the other being open, on or before 31
// March). A re-referral on the day the previous episode closed counts as an overlap.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_overlapping_starts(r, found, "CINdetails", "CINreferralDate", "CINclosureDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8820",
    .message = "The dates on the CIN episodes for this child overlap",
    .tables = "CINdetails",
    .fields = "CINreferralDate,CINclosureDate",
    .check = check,
    .examples = {R"(
year 2024
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,CINclosureDate
A,1,2023-05-01,2023-06-01
! A,2,2023-05-20,2023-07-01
B,1,2023-05-01,2023-06-01
B,2,2023-06-02,
C,1,2023-05-01,
! C,2,2023-08-01,2023-09-01
)"},
}};

}  // namespace
}  // namespace lens::validation
