// CIN rule 8950Q (from 2024-25): assessment factor 19A is retired; 19B or 19C should be used.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { cin_rules::flag_code(r, found, "AssessmentFactors", "AssessmentFactors", "19A"); }

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8950Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used "
        "('19B' or '19C' should be used instead)",
    .tables = "Assessments",
    .fields = "AssessmentFactors",
    .from_year = 2025,
    .check = check,
    .examples = {R"(
--- AssessmentFactors
LAchildID,CINdetailsID,AssessmentID,AssessmentFactors
A,1,1,19B
! A,1,1,19A
A,1,2,19C
)"},
}};

}  // namespace
}  // namespace lens::validation
