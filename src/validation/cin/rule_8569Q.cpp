// CIN rule 8569Q: a referral made before the working day before the collection year began
// (so before the last working day of March of the year before) cannot be a referral with no
// further action: an NFA referral closes within the year it is made in.
// Doubt: we read "before one working day prior to the collection start date" as strictly before
// that working day; a referral on that day itself may still be NFA in this return.
#include "core/working_day_calendar.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  Date prior = *start - 1;
  while (!WorkingDayCalendar::england_and_wales().is_working_day(prior)) prior = prior - 1;
  const Table& episodes = r.table("CINdetails");
  const int referral = episodes.column("CINreferralDate"), nfa = episodes.column("ReferralNFA");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    const OptDate d = episodes.date(row, referral);
    if (d && *d < prior && cin_rules::is_true(episodes.text(row, nfa))) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8569Q",
    .severity = Severity::Warning,
    .message =
        "A case with referral date before one working day prior to the collection start date must not be flagged as "
        "a no further action case",
    .tables = "CINdetails",
    .fields = "ReferralNFA",
    .check = check,
    .examples = {R"(
# 2023-24 starts Saturday 1 April 2023; the working day before is Friday 31 March 2023. NFA
# referrals on 31 March or later are fine; on Thursday 30 March, queried. Referrals that led to
# further action are not this rule's business.
year 2024
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,ReferralNFA
A,1,2023-03-31,true
! A,2,2023-03-30,true
! B,1,2022-06-01,1
B,2,2022-06-01,false
C,1,2023-04-01,true
)"},
}};

}  // namespace
}  // namespace lens::validation
