// CIN rule 8600: every episode must have a referral date, on or before 31 March of the
// collection year (an episode may have been referred in an earlier year).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  const Table& episodes = r.table("CINdetails");
  const int referral = episodes.column("CINreferralDate");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    const OptDate d = episodes.date(row, referral);
    if (!d || (end && *d > *end)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8600",
    .message = "Child referral date missing or after data collection period",
    .tables = "CINdetails",
    .fields = "CINreferralDate",
    .check = check,
    .examples = {R"(
year 2024
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2024-03-31
A,2,2019-01-01
! A,3,2024-04-01
! B,1,
! B,2,2023-13-01
)"},
}};

}  // namespace
}  // namespace lens::validation
