// CIN rule 4001: within an episode, a CIN plan with no end date cannot be open while a child
// protection plan with no end date is: both open at the census date means they run together.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& cpp = r.table("ChildProtectionPlans");
  const int c_id = cpp.column("CINdetailsID"), c_end = cpp.column("CPPendDate");
  ByEpisode<bool> open_cpp;
  for (std::size_t row = 0; row < cpp.rows(); ++row)
    if (cpp.blank(row, c_end)) open_cpp[episode_of(cpp, row, c_id)] = true;
  const Table& plans = r.table("CINplanDates");
  const int id = plans.column("CINdetailsID"), end = plans.column("CINPlanEndDate");
  for (std::size_t row = 0; row < plans.rows(); ++row)
    if (plans.blank(row, end) && open_cpp.contains(episode_of(plans, row, id))) found.flag(plans, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4001",
    .message = "A CIN Plan cannot run concurrently with a Child Protection Plan",
    .tables = "CINplanDates",
    .fields = "CINPlanEndDate,CPPendDate",
    .check = check,
    .examples = {R"(
# A1: open CIN plan and open CPP (flagged); its ended CIN plan is fine. A2: open CIN plan, the
# open CPP is in another episode. B1: the CPP has ended.
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-06-01,
B,1,1,2023-06-01,2023-09-01
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
! A,1,2023-09-01,
A,1,2023-04-01,2023-06-01
A,2,2023-09-01,
B,1,2023-09-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
