// CIN rule 1103: an assessment cannot start before the referral of its CIN episode.
#include <map>
#include <utility>

#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const Table& assessments = r.table("Assessments");
  const int e_child = episodes.column("LAchildID"), e_id = episodes.column("CINdetailsID"),
            referral = episodes.column("CINreferralDate");
  std::map<std::pair<std::string_view, std::string_view>, OptDate> referred;
  for (std::size_t e = 0; e < episodes.rows(); ++e)
    referred[{episodes.text(e, e_child), episodes.text(e, e_id)}] = episodes.date(e, referral);

  const int a_child = assessments.column("LAchildID"), a_id = assessments.column("CINdetailsID"),
            start = assessments.column("AssessmentActualStartDate");
  for (std::size_t a = 0; a < assessments.rows(); ++a) {
    auto it = referred.find({assessments.text(a, a_child), assessments.text(a, a_id)});
    OptDate started = assessments.date(a, start);
    if (it != referred.end() && it->second && started && *started < *it->second) found.flag(assessments, a);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1103",
    .message = "The assessment start date cannot be before the referral date",
    .tables = "Assessments",
    .fields = "AssessmentActualStartDate,CINreferralDate",
    .check = check,
    .examples = {R"(
# Child A: started the day of the referral (fine) and the day before (flagged).
# Child B: no start date yet (not this rule's business).
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2024-05-10
B,1,2024-06-01
--- Assessments
LAchildID,CINdetailsID,AssessmentActualStartDate
A,1,2024-05-10
! A,1,2024-05-09
B,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
