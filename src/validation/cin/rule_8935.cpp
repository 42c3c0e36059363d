// CIN rule 8935: within an episode, at most one child protection plan may be open (no end
// date). When there are more, each open one is flagged.
// Doubt: like 4004 for CIN plans, we read the rule within one CINdetails group; a child with two
// open episodes each holding an open plan is 8815's and 8940's business.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& plans = r.table("ChildProtectionPlans");
  const int end = plans.column("CPPendDate");
  cin_rules::flag_when_several_open(found, plans, cin_rules::rows_by_episode(plans),
                                    [&](std::size_t row) { return plans.blank(row, end); });
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8935",
    .message = "This child is showing more than one open Child Protection plan, i.e. with no End Date",
    .tables = "ChildProtectionPlans",
    .fields = "CPPendDate",
    .check = check,
    .examples = {R"(
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate,CPPendDate
! A,1,1,2023-05-01,
! A,1,2,2023-07-01,
A,1,3,2023-04-01,2023-04-20
A,2,1,2023-05-01,
B,1,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
