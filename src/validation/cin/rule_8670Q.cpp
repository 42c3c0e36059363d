// CIN rule 8670Q: an assessment still without an authorisation date at the end of the year
// should not have started more than 45 working days before 31 March (working days as
// core/working_day_calendar.hpp counts them: after the start, up to and including 31 March).
#include "core/working_day_calendar.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& assessments = r.table("Assessments");
  const int start = assessments.column("AssessmentActualStartDate"), done = assessments.column("AssessmentAuthorisationDate");
  for (std::size_t row = 0; row < assessments.rows(); ++row) {
    const OptDate s = assessments.date(row, start);
    if (s && assessments.blank(row, done) && working_days_between(*s, *end) > 45) found.flag(assessments, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8670Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: Assessment started more than 45 working days "
        "before the end of the census year. However, there is no Assessment end date.",
    .tables = "Assessments",
    .fields = "AssessmentActualStartDate",
    .check = check,
    .examples = {R"(
# 2023-24 ends Sunday 31 March 2024; Good Friday, 29 March, is a bank holiday. After Thursday
# 25 January up to 31 March there are 45 working days: 26 January (1), 29-31 January (3),
# February (21), 1-28 March (20). Not more than 45: fine. From Wednesday 24 January: 46, queried.
year 2024
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2024-01-25,
! A,1,2,2024-01-24,
A,1,3,2023-05-01,2023-06-01
B,1,1,,
)"},
}};

}  // namespace
}  // namespace lens::validation
