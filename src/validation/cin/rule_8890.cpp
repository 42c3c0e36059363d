// CIN rule 8890: within an episode, a Section 47 enquiry cannot start on or between another
// enquiry's start and its initial conference or, that other having no conference date and
// needing one (ICPCnotRequired not true), its start and 31 March. Enquiries that needed no
// conference are not "ongoing" for this rule.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& s47 = r.table("Section47");
  const int icpc = s47.column("DateOfInitialCPC"), not_required = s47.column("ICPCnotRequired");
  cin_rules::flag_overlapping_starts(r, found, s47, cin_rules::rows_by_episode(s47), "S47ActualStartDate", "DateOfInitialCPC",
                                     [&](std::size_t other) {
                                       return !s47.blank(other, icpc) || !cin_rules::is_true(s47.text(other, not_required));
                                     });
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8890",
    .message = "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
    .tables = "CINdetails",
    .fields = "S47ActualStartDate",
    .check = check,
    .examples = {R"(
# A1: the second starts on the first's conference day (flagged). A2: the second starts the day
# after. B1: the first is open and needs a conference (flagged). C1: the first needed no
# conference. D: different episodes.
year 2024
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired
A,1,2023-05-01,2023-05-20,false
! A,1,2023-05-20,,true
A,2,2023-05-01,2023-05-20,false
A,2,2023-05-21,2023-06-10,false
B,1,2023-05-01,,false
! B,1,2023-08-01,2023-08-20,false
C,1,2023-05-01,,true
C,1,2023-08-01,2023-08-20,false
D,1,2023-05-01,,false
D,2,2023-06-01,,false
)"},
}};

}  // namespace
}  // namespace lens::validation
