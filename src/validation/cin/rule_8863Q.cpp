// CIN rule 8863Q: within an episode, an assessment should not start on or between another
// assessment's start and authorisation date or, that other not yet authorised, its start and 31
// March.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& assessments = r.table("Assessments");
  cin_rules::flag_overlapping_starts(r, found, assessments, cin_rules::rows_by_episode(assessments),
                                     "AssessmentActualStartDate", "AssessmentAuthorisationDate",
                                     [](std::size_t) { return true; });
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8863Q",
    .severity = Severity::Warning,
    .message = "An Assessment is shown as starting when there is another Assessment ongoing.",
    .tables = "Assessments",
    .fields = "AssessmentActualStartDate,AssessmentAuthorisationDate",
    .check = check,
    .examples = {R"(
# A1: the second starts on the day the first is authorised (queried: "on or between"). A2: the
# second starts the day after. B1: the second starts while the first is open. C: assessments in
# different episodes are not compared.
year 2024
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-05-01,2023-06-01
! A,1,2,2023-06-01,2023-07-01
A,2,1,2023-05-01,2023-06-01
A,2,2,2023-06-02,
B,1,1,2023-05-01,
! B,1,2,2023-08-01,2023-09-01
C,1,1,2023-05-01,
C,2,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
