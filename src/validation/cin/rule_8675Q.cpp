// CIN rule 8675Q: a Section 47 enquiry with no initial conference date and not marked
// "conference not required" (ICPCnotRequired true or 1) should not have started more than 15
// working days before 31 March (working days after the start, up to and including 31 March).
#include "core/working_day_calendar.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate end = collection_end(r);
  if (!end) return;
  const Table& s47 = r.table("Section47");
  const int start = s47.column("S47ActualStartDate"), icpc = s47.column("DateOfInitialCPC"),
            not_required = s47.column("ICPCnotRequired");
  for (std::size_t row = 0; row < s47.rows(); ++row) {
    const OptDate s = s47.date(row, start);
    if (s && s47.blank(row, icpc) && !cin_rules::is_true(s47.text(row, not_required)) &&
        working_days_between(*s, *end) > 15)
      found.flag(s47, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8675Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days "
        "before the end of the census year. However, there is no date of Initial Child Protection Conference.",
    .tables = "Section47",
    .fields = "DateOfInitialCPC,S47ActualStartDate,ICPCnotRequired",
    .check = check,
    .examples = {R"(
# 2023-24 ends Sunday 31 March 2024 (Good Friday 29 March a bank holiday). After Thursday 7
# March there are 15 working days (8, 11-15, 18-22, 25-28 March): fine. From Wednesday 6 March,
# 16: queried, unless a conference date is recorded or one was not required.
year 2024
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired
A,1,2024-03-07,,false
! A,2,2024-03-06,,false
! A,3,2024-03-06,,
B,1,2024-03-06,2024-03-20,false
B,2,2024-03-06,,true
B,3,2024-03-06,,1
)"},
}};

}  // namespace
}  // namespace lens::validation
