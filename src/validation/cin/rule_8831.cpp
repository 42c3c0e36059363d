// CIN rule 8831: a referral with no further action (ReferralNFA true) can have no activity: no
// assessment start or authorisation date, no Section 47 start or conference date, no initial
// conference date on the episode.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

// The episodes with any date in the given columns of a table.
ByEpisode<bool> episodes_with_dates(const Table& t, std::initializer_list<std::string_view> columns) {
  const int id = t.column("CINdetailsID");
  std::vector<int> cols;
  for (std::string_view c : columns) cols.push_back(t.column(c));
  ByEpisode<bool> out;
  for (std::size_t row = 0; row < t.rows(); ++row)
    for (int c : cols)
      if (!t.blank(row, c)) out[episode_of(t, row, id)] = true;
  return out;
}

void check(const ReturnTables& r, Findings& found) {
  const auto assessed = episodes_with_dates(r.table("Assessments"), {"AssessmentActualStartDate", "AssessmentAuthorisationDate"});
  const auto enquired = episodes_with_dates(r.table("Section47"), {"S47ActualStartDate", "DateOfInitialCPC"});
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID"), nfa = episodes.column("ReferralNFA"), icpc = episodes.column("DateOfInitialCPC");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    if (!is_true(episodes.text(row, nfa))) continue;
    const EpisodeKey key = episode_of(episodes, row, id);
    if (!episodes.blank(row, icpc) || assessed.contains(key) || enquired.contains(key)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8831",
    .message = "Activity is recorded against a case marked as a referral with no further action",
    .tables = "CINdetails",
    .fields = "AssessmentActualStartDate,AssessmentAuthorisationDate,S47ActualStartDate,DateOfInitialCPC",
    .check = check,
    .examples = {R"(
# A1 NFA with an assessment; A2 NFA with nothing; B1 NFA with a S47; C1 NFA with a conference
# date; D1 went on, with an assessment (not this rule's business).
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA,DateOfInitialCPC
! A,1,true,
A,2,true,
! B,1,1,
! C,1,true,2023-06-01
D,1,false,
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-05-01,
D,1,1,2023-05-01,
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC
B,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
