// CIN rule 8630: an episode cannot close before it was referred (the same day is fine).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int referral = episodes.column("CINreferralDate"), closed = episodes.column("CINclosureDate");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    const OptDate s = episodes.date(row, referral), e = episodes.date(row, closed);
    if (s && e && *e < *s) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8630",
    .message = "CIN Closure Date is before CIN Referral Date for the same CIN episode",
    .tables = "CINdetails",
    .fields = "CINreferralDate,CINclosureDate",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,CINclosureDate
A,1,2023-06-01,2023-06-01
! A,2,2023-06-01,2023-05-31
B,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
