// CIN rule 8866: every episode must have a source of referral from the Referral Source list.
#include "returns/cin/cin_codes.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int source = episodes.column("ReferralSource");
  for (std::size_t row = 0; row < episodes.rows(); ++row)
    if (!lens::cin::is_valid_code(lens::cin::CodeList::ReferralSource, episodes.text(row, source))) found.flag(episodes, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8866",
    .message = "Source of Referral is missing or an invalid code",
    .tables = "CINdetails",
    .fields = "CINreferralDate,ReferralSource",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,ReferralSource
A,1,2023-05-01,1A
A,2,2023-06-01,10
! B,1,2023-05-01,
! B,2,2023-05-01,1Z
)"},
}};

}  // namespace
}  // namespace lens::validation
