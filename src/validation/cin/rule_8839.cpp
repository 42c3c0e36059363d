// CIN rule 8839: within an episode, at most one Section 47 enquiry may be open: no initial
// conference date and the conference not marked as not required (ICPCnotRequired true or 1).
// When there are more, each open one is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& s47 = r.table("Section47");
  const int icpc = s47.column("DateOfInitialCPC"), not_required = s47.column("ICPCnotRequired");
  flag_when_several_open(found, s47, rows_by_episode(s47),
                         [&](std::size_t row) { return s47.blank(row, icpc) && !is_true(s47.text(row, not_required)); });
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8839",
    .message = "Within one CINDetails group there are 2 or more open S47 Assessments",
    .tables = "Section47",
    .fields = "DateOfInitialCPC",
    .check = check,
    .examples = {R"(
# A1: two open (flagged), one with a conference. B1: one open, one not requiring a conference.
# C: one open in each of two episodes.
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired
! A,1,2023-05-01,,false
! A,1,2023-07-01,,
A,1,2023-04-01,2023-04-20,false
B,1,2023-05-01,,false
B,1,2023-07-01,,true
C,1,2023-05-01,,false
C,2,2023-07-01,,false
)"},
}};

}  // namespace
}  // namespace lens::validation
