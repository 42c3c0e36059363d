// CIN rule 8869: factor 21 ("no factors identified") cannot be recorded with any other factor
// on the same assessment. The 21 row is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& factors = r.table("AssessmentFactors");
  const int code = factors.column("AssessmentFactors");
  for (const auto& [assessment, rows] : cin_rules::factors_by_assessment(r)) {
    if (rows.size() < 2) continue;
    for (std::size_t row : rows)
      if (factors.text(row, code) == "21") found.flag(factors, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8869",
    .message = "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
    .tables = "Assessments",
    .fields = "AssessmentFactors",
    .check = check,
    .examples = {R"(
--- AssessmentFactors
LAchildID,CINdetailsID,AssessmentID,AssessmentFactors
A,1,1,21
! A,1,2,21
A,1,2,1A
B,1,1,1A
B,1,1,2B
)"},
}};

}  // namespace
}  // namespace lens::validation
