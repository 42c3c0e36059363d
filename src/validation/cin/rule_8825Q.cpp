// CIN rule 8825Q: an episode closed after assessment (RC8 or RC9) should have an assessment.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const auto assessed = rows_by_episode(r.table("Assessments"));
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID"), reason = episodes.column("ReasonForClosure");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    std::string_view why = episodes.text(row, reason);
    if ((why == "RC8" || why == "RC9") && !assessed.contains(episode_of(episodes, row, id))) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8825Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after "
        "assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no "
        "assessment present for the episode.",
    .tables = "CINdetails",
    .fields = "ReasonForClosure",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate,ReasonForClosure
A,1,2023-06-01,RC8
! A,2,2023-08-01,RC8
! B,1,2023-06-01,RC9
C,1,2023-06-01,RC7
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate
A,1,1,2023-05-01
)"},
}};

}  // namespace
}  // namespace lens::validation
