// CIN rule 8867: a closed episode cannot have an assessment that was never completed (no
// authorisation date). The episode is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& assessments = r.table("Assessments");
  const int a_id = assessments.column("CINdetailsID"), done = assessments.column("AssessmentAuthorisationDate");
  ByEpisode<bool> unfinished;
  for (std::size_t row = 0; row < assessments.rows(); ++row)
    if (assessments.blank(row, done)) unfinished[episode_of(assessments, row, a_id)] = true;
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID"), closed = episodes.column("CINclosureDate");
  for (std::size_t row = 0; row < episodes.rows(); ++row)
    if (!episodes.blank(row, closed) && unfinished.contains(episode_of(episodes, row, id))) found.flag(episodes, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8867",
    .message = "CIN episode is shown as closed, however Assessment is not shown as completed",
    .tables = "CINdetails",
    .fields = "CINclosureDate,AssessmentAuthorisationDate",
    .check = check,
    .examples = {R"(
# A1 closed with a completed assessment; A2 closed with one not completed (flagged); B1 open
# with one not completed.
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate
A,1,2023-07-01
! A,2,2023-09-01
B,1,
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-05-01,2023-06-01
A,2,1,2023-08-01,2023-08-10
A,2,2,2023-08-11,
B,1,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
