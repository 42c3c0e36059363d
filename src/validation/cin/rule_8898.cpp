// CIN rule 8898: an assessment cannot record the same factor twice; every row of a repeated
// factor is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& factors = r.table("AssessmentFactors");
  cin_rules::flag_repeated_codes(found, factors, cin_rules::factors_by_assessment(r), factors.column("AssessmentFactors"));
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8898",
    .message = "The assessment has more than one parental or child factors with the same code",
    .tables = "Assessments",
    .fields = "AssessmentFactors",
    .check = check,
    .examples = {R"(
# A1/1 has 1A twice; A1/2 has 1A once (factors repeat across assessments freely).
--- AssessmentFactors
LAchildID,CINdetailsID,AssessmentID,AssessmentFactors
! A,1,1,1A
A,1,1,2B
! A,1,1,1A
A,1,2,1A
)"},
}};

}  // namespace
}  // namespace lens::validation
