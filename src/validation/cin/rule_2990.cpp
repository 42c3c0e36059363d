// CIN rule 2990: an episode closed after assessment (RC8, no further action; RC9, referred to
// early help) can have no Section 47, child protection plan, CIN plan or initial conference.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const ByEpisode<std::vector<std::size_t>> s47 = rows_by_episode(r.table("Section47")),
                                            plans = rows_by_episode(r.table("ChildProtectionPlans")),
                                            cin_plans = rows_by_episode(r.table("CINplanDates"));
  const Table& episodes = r.table("CINdetails");
  const int id = episodes.column("CINdetailsID"), reason = episodes.column("ReasonForClosure"),
            icpc = episodes.column("DateOfInitialCPC");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    std::string_view why = episodes.text(row, reason);
    if (why != "RC8" && why != "RC9") continue;
    const EpisodeKey key = episode_of(episodes, row, id);
    if (!episodes.blank(row, icpc) || s47.contains(key) || plans.contains(key) || cin_plans.contains(key))
      found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2990",
    .message =
        "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case "
        "closed after assessment, referred to early help'.",
    .tables = "CINdetails",
    .fields = "ReasonForClosure",
    .check = check,
    .examples = {R"(
# A1 RC8 with a S47 (flagged); A2 RC8 with nothing else (fine); B1 RC9 with a CIN plan; C1 RC8
# with a conference date; D1 RC9 with a protection plan; E1 RC7 with a S47 (not this rule's).
--- CINdetails
LAchildID,CINdetailsID,ReasonForClosure,DateOfInitialCPC
! A,1,RC8,
A,2,RC8,
! B,1,RC9,
! C,1,RC8,2023-06-01
! D,1,RC9,
E,1,RC7,
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate
A,1,2023-05-01
E,1,2023-05-01
--- CINplanDates
LAchildID,CINdetailsID,CINPlanStartDate
B,1,2023-05-01
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
D,1,1,2023-05-01
)"},
}};

}  // namespace
}  // namespace lens::validation
