// CIN rule 8945Q (from 2024-25): assessment factor 18A is retired; 18B or 18C should be used.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { cin_rules::flag_code(r, found, "AssessmentFactors", "AssessmentFactors", "18A"); }

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8945Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used "
        "('18B' or '18C' should be used instead)",
    .tables = "Assessments",
    .fields = "AssessmentFactors",
    .from_year = 2025,
    .check = check,
    .examples = {R"(
--- AssessmentFactors
LAchildID,CINdetailsID,AssessmentID,AssessmentFactors
A,1,1,18B
! A,1,1,18A
A,1,2,18C
)"},
}};

}  // namespace
}  // namespace lens::validation
