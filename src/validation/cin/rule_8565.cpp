// CIN rule 8565: nothing can happen on an episode after it closed. Where an episode has a
// closure date, these dates of the episode must be on or before it: the episode's
// DateOfInitialCPC; each assessment's start and authorisation; each Section 47's start and
// DateOfInitialCPC; each protection plan's end; each CIN plan's start and end. The closed
// episode's CINdetails row is flagged once (the DfE names the ChildProtectionPlans module; the
// episode is what links the dates).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

// The latest of the given columns over each episode's rows of a table.
void latest(const Table& t, std::initializer_list<std::string_view> columns, ByEpisode<Date>& out) {
  const int id = t.column("CINdetailsID");
  std::vector<int> cols;
  for (std::string_view c : columns) cols.push_back(t.column(c));
  for (std::size_t row = 0; row < t.rows(); ++row)
    for (int c : cols)
      if (const OptDate d = t.date(row, c)) {
        auto [it, inserted] = out.try_emplace(episode_of(t, row, id), *d);
        if (!inserted && *d > it->second) it->second = *d;
      }
}

void check(const ReturnTables& r, Findings& found) {
  ByEpisode<Date> last;
  latest(r.table("Assessments"), {"AssessmentActualStartDate", "AssessmentAuthorisationDate"}, last);
  latest(r.table("Section47"), {"S47ActualStartDate", "DateOfInitialCPC"}, last);
  latest(r.table("ChildProtectionPlans"), {"CPPendDate"}, last);
  latest(r.table("CINplanDates"), {"CINPlanStartDate", "CINPlanEndDate"}, last);
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID"), closed = episodes.column("CINclosureDate"),
            icpc = episodes.column("DateOfInitialCPC");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    const OptDate c = episodes.date(row, closed);
    if (!c) continue;
    const OptDate conference = episodes.date(row, icpc);
    auto it = last.find(episode_of(episodes, row, id));
    if ((conference && *conference > *c) || (it != last.end() && it->second > *c)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8565",
    .message = "Activity shown after a case has been closed",
    .tables = "ChildProtectionPlans",
    .fields =
        "CINclosureDate,DateOfInitialCPC,AssessmentActualStartDate,AssessmentAuthorisationDate,S47ActualStartDate,"
        "CPPendDate,CINPlanStartDate,CINPlanEndDate",
    .check = check,
    .examples = {R"(
# All episodes closed on 2023-09-30. A1: everything on or before (fine). A2: an assessment
# authorised the day after. B1: a CIN plan ending after. C1: a conference after, at CIN level.
# D1: a S47 after. E1: a protection plan ending after. F1 is open: not this rule's business.
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate,DateOfInitialCPC
A,1,2023-09-30,2023-09-30
! A,2,2023-09-30,
! B,1,2023-09-30,
! C,1,2023-09-30,2023-10-01
! D,1,2023-09-30,
! E,1,2023-09-30,
F,1,,
--- Assessments
LAchildID,CINdetailsID,AssessmentID,AssessmentActualStartDate,AssessmentAuthorisationDate
A,1,1,2023-09-01,2023-09-30
A,2,1,2023-09-01,2023-10-01
F,1,1,2023-09-01,2023-10-01
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-09-01,2023-09-30
B,1,2023-09-01,2023-10-01
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC
D,1,2023-09-01,2023-10-02
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
E,1,1,2023-09-01,2023-10-02
)"},
}};

}  // namespace
}  // namespace lens::validation
