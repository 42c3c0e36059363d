// CIN rule 2885: a child protection plan starting in the collection year should start on the day
// of its initial conference: a Section 47 DateOfInitialCPC of the same episode or, when the
// episode has no Section 47 module, the episode's own DateOfInitialCPC.
// Doubt: the sector's validator accepts the CIN details date even when the episode has Section
// 47 modules; we follow the DfE's wording ("if there is no associated Section 47 record").
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& s47 = r.table("Section47");
  const int s_id = s47.column("CINdetailsID"), s_icpc = s47.column("DateOfInitialCPC");
  ByEpisode<std::vector<OptDate>> s47_conferences;
  for (std::size_t row = 0; row < s47.rows(); ++row)
    s47_conferences[episode_of(s47, row, s_id)].push_back(s47.date(row, s_icpc));

  const Table& episodes = r.table("CINdetails");
  const int e_icpc = episodes.column("DateOfInitialCPC");
  const ByEpisode<std::size_t> episode = episode_rows(episodes);

  const Table& plans = r.table("ChildProtectionPlans");
  const int p_id = plans.column("CINdetailsID"), start = plans.column("CPPstartDate");
  for (std::size_t row = 0; row < plans.rows(); ++row) {
    const OptDate started = plans.date(row, start);
    if (!started || !in_collection_year(r, *started)) continue;
    const EpisodeKey key = episode_of(plans, row, p_id);
    bool matched = false;
    if (auto it = s47_conferences.find(key); it != s47_conferences.end()) {
      for (const OptDate& d : it->second) matched = matched || d == started;
    } else if (auto e = episode.find(key); e != episode.end()) {
      matched = episodes.date(e->second, e_icpc) == started;
    }
    if (!matched) found.flag(plans, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2885",
    .message = "Child protection plan shown as starting a different day to the initial child protection conference.",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,DateOfInitialCPC",
    .check = check,
    .examples = {R"(
# A: plan on the day of the S47 conference. B: no S47, plan on the CIN-level conference day.
# C: the S47 conference was a day earlier (flagged). D: a plan from last year is not checked.
# E: no conference recorded anywhere (flagged). F: two S47s, the plan matches the second.
year 2024
--- CINdetails
LAchildID,CINdetailsID,DateOfInitialCPC
A,1,
B,1,2023-04-01
C,1,2023-06-10
D,1,
E,1,
F,1,
--- Section47
LAchildID,CINdetailsID,DateOfInitialCPC
A,1,2024-03-31
C,1,2023-06-09
F,1,2023-05-01
F,1,2023-08-01
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
A,1,1,2024-03-31
B,1,1,2023-04-01
! C,1,1,2023-06-10
D,1,1,2023-03-31
! E,1,1,2023-07-01
F,1,1,2023-08-01
)"},
}};

}  // namespace
}  // namespace lens::validation
