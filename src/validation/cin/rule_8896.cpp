// CIN rule 8896: within an episode, at most one assessment may be open (no authorisation
// date). When there are more, each open one is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& assessments = r.table("Assessments");
  const int done = assessments.column("AssessmentAuthorisationDate");
  cin_rules::flag_when_several_open(found, assessments, cin_rules::rows_by_episode(assessments),
                                    [&](std::size_t row) { return assessments.blank(row, done); });
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8896",
    .message = "Within one CINDetails group there are 2 or more open Assessments groups",
    .tables = "Assessments",
    .fields = "AssessmentAuthorisationDate",
    .check = check,
    .examples = {R"(
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
! A,1,1,2023-05-01,
! A,1,2,2023-07-01,
A,1,3,2023-04-01,2023-04-20
A,2,1,2023-05-01,
B,1,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
