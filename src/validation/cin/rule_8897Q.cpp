// CIN rule 8897Q: a completed assessment (with an authorisation date) should record its
// parental or child factors (21 if none were identified).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const auto factors = factors_by_assessment(r);
  const Table& assessments = r.table("Assessments");
  const int id = assessments.column("CINdetailsID"), a = assessments.column("AssessmentID"),
            done = assessments.column("AssessmentAuthorisationDate");
  for (std::size_t row = 0; row < assessments.rows(); ++row)
    if (!assessments.blank(row, done) && !factors.contains(assessment_of(assessments, row, id, a)))
      found.flag(assessments, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8897Q",
    .severity = Severity::Warning,
    .message = "Parental or child factors at assessment information is missing from a completed assessment",
    .tables = "Assessments",
    .fields = "AssessmentAuthorisationDate,AssessmentFactors",
    .check = check,
    .examples = {R"(
# A1/1 completed with a factor; A1/2 completed without (queried); A1/3 open without.
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-05-01,2023-06-01
! A,1,2,2023-06-02,2023-07-01
A,1,3,2023-08-01,
--- AssessmentFactors
LAchildID,CINdetailsID,AssessmentID,AssessmentFactors
A,1,1,21
)"},
}};

}  // namespace
}  // namespace lens::validation
