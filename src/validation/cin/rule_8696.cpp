// CIN rule 8696: an assessment's authorisation (end) date, where present, must be within the
// collection year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& assessments = r.table("Assessments");
  const int done = assessments.column("AssessmentAuthorisationDate");
  for (std::size_t row = 0; row < assessments.rows(); ++row) {
    const OptDate d = assessments.date(row, done);
    if (d && !cin_rules::in_collection_year(r, *d)) found.flag(assessments, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8696",
    .message = "Assessment end date must fall within the census year",
    .tables = "Assessments",
    .fields = "AssessmentAuthorisationDate,ReferenceDate",
    .check = check,
    .examples = {R"(
year 2024
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-03-01,2023-04-01
A,1,2,2024-03-01,2024-03-31
! B,1,1,2023-03-01,2023-03-31
! B,1,2,2024-03-01,2024-04-01
C,1,1,2024-03-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
