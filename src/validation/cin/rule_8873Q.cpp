// CIN rule 8873Q: when an episode's only assessment is completed with factor 21 ("no factors
// identified"), the episode should be closed as RC8 or RC9 (closed after assessment). The
// assessment's row is flagged.
// Doubt: an episode still open has no reason for closure yet; we query only episodes with a
// reason for closure other than RC8 and RC9.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const auto factors = factors_by_assessment(r);
  const Table& factor_table = r.table("AssessmentFactors");
  const int code = factor_table.column("AssessmentFactors");
  const Table& episodes = r.table("CINdetails");
  const int reason = episodes.column("ReasonForClosure");
  const auto episode = episode_rows(episodes);
  const Table& assessments = r.table("Assessments");
  const int id = assessments.column("CINdetailsID"), a_id = assessments.column("AssessmentID"),
            done = assessments.column("AssessmentAuthorisationDate");
  for (const auto& [key, rows] : rows_by_episode(assessments)) {
    if (rows.size() != 1 || assessments.blank(rows[0], done)) continue;
    auto f = factors.find(assessment_of(assessments, rows[0], id, a_id));
    if (f == factors.end()) continue;
    bool none_found = false;
    for (std::size_t row : f->second) none_found = none_found || factor_table.text(row, code) == "21";
    auto e = episode.find(key);
    if (!none_found || e == episode.end()) continue;
    std::string_view why = episodes.text(e->second, reason);
    if (!why.empty() && why != "RC8" && why != "RC9") found.flag(assessments, rows[0]);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8873Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: When there is only one assessment on the episode "
        "and the factors code “21 No factors identified” has been used for the completed assessment, the reason for "
        "closure ‘RC8’ or 'RC9' should be used.",
    .tables = "Assessments",
    .fields = "ReasonForClosure,AssessmentFactors",
    .check = check,
    .examples = {R"(
# A1: one assessment, 21, closed RC7 (queried). A2: closed RC8. B1: two assessments. C1: still
# open. D1: factor 1A, not 21.
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate,ReasonForClosure
A,1,2023-07-01,RC7
A,2,2023-09-01,RC8
B,1,2023-07-01,RC7
C,1,,
D,1,2023-07-01,RC7
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
! A,1,1,2023-05-01,2023-06-01
A,2,1,2023-08-01,2023-08-20
B,1,1,2023-05-01,2023-05-20
B,1,2,2023-05-21,2023-06-01
C,1,1,2023-05-01,2023-06-01
D,1,1,2023-05-01,2023-06-01
--- AssessmentFactors
LAchildID,CINdetailsID,AssessmentID,AssessmentFactors
A,1,1,21
A,2,1,21
B,1,1,21
C,1,1,21
D,1,1,1A
)"},
}};

}  // namespace
}  // namespace lens::validation
