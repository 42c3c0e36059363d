// CIN rule 8614: parental or child factors can be recorded only for a completed assessment (one
// with an authorisation date). The assessment's row is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const auto factors = factors_by_assessment(r);
  const Table& assessments = r.table("Assessments");
  const int id = assessments.column("CINdetailsID"), a = assessments.column("AssessmentID"),
            end = assessments.column("AssessmentAuthorisationDate");
  for (std::size_t row = 0; row < assessments.rows(); ++row)
    if (assessments.blank(row, end) && factors.contains(assessment_of(assessments, row, id, a)))
      found.flag(assessments, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8614",
    .message = "Parental or child factors at assessment should only be present for a completed assessment.",
    .tables = "Assessments",
    .fields = "AssessmentAuthorisationDate,AssessmentFactors",
    .check = check,
    .examples = {R"(
# A1/1 completed with factors; A1/2 open with a factor (flagged); A2/1 open without; B1/1 open
# with only a blank factor row.
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-06-01,2023-07-01
! A,1,2,2023-08-01,
A,2,1,2023-08-01,
B,1,1,2023-08-01,
--- AssessmentFactors
LAchildID,CINdetailsID,AssessmentID,AssessmentFactors
A,1,1,1A
A,1,1,2B
A,1,2,3A
B,1,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
