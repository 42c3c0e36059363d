// CIN rule 2991Q: an episode with a Section 47 enquiry should also have an assessment.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const ByEpisode<std::vector<std::size_t>> s47 = rows_by_episode(r.table("Section47")),
                                            assessments = rows_by_episode(r.table("Assessments"));
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    const EpisodeKey key = episode_of(episodes, row, id);
    if (s47.contains(key) && !assessments.contains(key)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2991Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no "
        "assessment on the episode",
    .tables = "CINdetails",
    .fields = "CINdetailsID",
    .check = check,
    .examples = {R"(
# A1 has a S47 and an assessment; A2 a S47 only (queried; A1's assessment is another episode's);
# B1 has neither.
--- CINdetails
LAchildID,CINdetailsID
A,1
! A,2
B,1
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate
A,1,2023-05-01
A,2,2023-09-01
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate
A,1,1,2023-05-01
)"},
}};

}  // namespace
}  // namespace lens::validation
