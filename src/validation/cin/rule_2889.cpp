// CIN rule 2889: a Section 47 enquiry cannot start before the referral date of its episode.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_before_referral(r, found, "Section47", "S47ActualStartDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2889",
    .message = "The S47 start date cannot be before the referral date.",
    .tables = "Section47",
    .fields = "S47ActualStartDate,CINreferralDate",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2024-05-10
B,1,2024-06-01
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate
A,1,2024-05-10
! A,1,2024-05-09
B,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
