// CIN rule 8868: in a closed episode every Section 47 enquiry must be finished: an initial
// conference date, or ICPCnotRequired true or 1. The episode is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& s47 = r.table("Section47");
  const int s_id = s47.column("CINdetailsID"), icpc = s47.column("DateOfInitialCPC"),
            not_required = s47.column("ICPCnotRequired");
  ByEpisode<bool> unfinished;
  for (std::size_t row = 0; row < s47.rows(); ++row)
    if (s47.blank(row, icpc) && !is_true(s47.text(row, not_required))) unfinished[episode_of(s47, row, s_id)] = true;
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID"), closed = episodes.column("CINclosureDate");
  for (std::size_t row = 0; row < episodes.rows(); ++row)
    if (!episodes.blank(row, closed) && unfinished.contains(episode_of(episodes, row, id))) found.flag(episodes, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8868",
    .message =
        "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not "
        "required flag",
    .tables = "CINdetails",
    .fields = "ICPCnotRequired,CINclosureDate,DateOfInitialCPC",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate
A,1,2023-07-01
A,2,2023-09-01
! B,1,2023-07-01
C,1,
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired
A,1,2023-05-01,2023-05-20,false
A,2,2023-08-01,,true
B,1,2023-05-01,,false
C,1,2023-05-01,,false
)"},
}};

}  // namespace
}  // namespace lens::validation
