// CIN rule 8608: an assessment cannot be authorised (completed) before it started. The same day
// is fine.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& assessments = r.table("Assessments");
  const int start = assessments.column("AssessmentActualStartDate"), end = assessments.column("AssessmentAuthorisationDate");
  for (std::size_t row = 0; row < assessments.rows(); ++row) {
    const OptDate s = assessments.date(row, start), e = assessments.date(row, end);
    if (s && e && *s > *e) found.flag(assessments, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8608",
    .message = "Assessment Start Date cannot be later than its End Date",
    .tables = "Assessments",
    .fields = "AssessmentActualStartDate,AssessmentAuthorisationDate",
    .check = check,
    .examples = {R"(
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-06-01,2023-06-01
A,1,2,2023-06-01,2023-07-01
! A,1,3,2023-06-02,2023-06-01
B,1,1,2023-06-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
