// CIN rule 8736: an assessment not completed (no authorisation date) must have started within
// the collection year. A missing start date is not this rule's business.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& assessments = r.table("Assessments");
  const int start = assessments.column("AssessmentActualStartDate"), done = assessments.column("AssessmentAuthorisationDate");
  for (std::size_t row = 0; row < assessments.rows(); ++row) {
    const OptDate s = assessments.date(row, start);
    if (s && assessments.blank(row, done) && !cin_rules::in_collection_year(r, *s)) found.flag(assessments, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8736",
    .message = "For an Assessment that has not been completed, the start date must fall within the census year",
    .tables = "Assessments",
    .fields = "AssessmentAuthorisationDate,AssessmentActualStartDate",
    .check = check,
    .examples = {R"(
year 2024
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-04-01,
A,1,2,2024-03-31,
! B,1,1,2023-03-31,
! B,1,2,2024-04-01,
C,1,1,2023-03-31,2023-04-10
)"},
}};

}  // namespace
}  // namespace lens::validation
