// CIN rule 4003: within an episode, no child protection review can be held while a CIN plan is
// open (on or after its start, before its end, or any time after the start of a plan with no
// end), unless the review is on the day its protection plan ended (the plan stepping down to a
// CIN plan).
// The sector's validator matches reviews and CIN plans across the whole child and only when the
// protection plan has an end date; we follow the DfE's "within a CINDetails module".
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("CINplanDates");
  const int p_start = plans.column("CINPlanStartDate"),
            p_end = plans.column("CINPlanEndDate");
  const ByEpisode<std::vector<std::size_t>> cin_plans = rows_by_episode(plans);
  const Table& cpp = r.table("ChildProtectionPlans");
  const int c_cpp = cpp.column("CPPID"), c_end = cpp.column("CPPendDate");
  const ByEpisode<std::vector<std::size_t>> protection = rows_by_episode(cpp);

  const Table& reviews = r.table("Reviews");
  const int id = reviews.column("CINdetailsID"), cpp_id = reviews.column("CPPID"), date = reviews.column("CPPreviewDate");
  for (std::size_t row = 0; row < reviews.rows(); ++row) {
    const OptDate reviewed = reviews.date(row, date);
    if (!reviewed) continue;
    const EpisodeKey key = episode_of(reviews, row, id);
    auto in_episode = cin_plans.find(key);
    if (in_episode == cin_plans.end()) continue;
    if (auto c = protection.find(key); c != protection.end()) {
      bool on_plan_end = false;
      for (std::size_t p : c->second)
        on_plan_end = on_plan_end || (cpp.text(p, c_cpp) == reviews.text(row, cpp_id) && cpp.date(p, c_end) == reviewed);
      if (on_plan_end) continue;
    }
    for (std::size_t p : in_episode->second) {
      const OptDate start = plans.date(p, p_start), end = plans.date(p, p_end);
      if (start && *start <= *reviewed && (!end || *reviewed < *end)) {
        found.flag(reviews, row);
        break;
      }
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "4003",
    .message = "A CPP review date is shown as being held at the same time as an open CIN Plan.",
    .tables = "Reviews",
    .fields = "CINPlanStartDate,CINPlanEndDate,CPPreviewDate",
    .check = check,
    .examples = {R"(
# A's CIN plan runs 2023-06-01 to 2023-09-01: a review on 2023-06-01 is flagged, one on
# 2023-09-01 (the plan's end) is not. B's CIN plan is open from 2023-10-01: a review after it is
# flagged unless it is the day the protection plan ended. C's CIN plan is in another episode.
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate,CINPlanEndDate
A,1,2023-06-01,2023-09-01
B,1,2023-10-01,
C,2,2023-06-01,
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
A,1,1,2023-04-01,
B,1,1,2023-04-01,2023-11-01
C,1,1,2023-04-01,
--- Reviews
LAchildID,CINdetailsID,CPPID,CPPreviewDate
! A,1,1,2023-06-01
A,1,1,2023-09-01
A,1,1,
! B,1,1,2023-10-15
B,1,1,2023-11-01
C,1,1,2023-07-01
)"},
}};

}  // namespace
}  // namespace lens::validation
