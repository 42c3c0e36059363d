// CIN rule 8841: a child protection review must be after the start of its plan (not on the same
// day). The review's row is flagged (the DfE names the ChildProtectionPlans module).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

using namespace cin_rules;

void check(const ReturnTables& r, Findings& found) {
  const auto plan = protection_plan_rows(r);
  const Table& plans = r.table("ChildProtectionPlans");
  const int start = plans.column("CPPstartDate");
  const Table& reviews = r.table("Reviews");
  const int id = reviews.column("CINdetailsID"), cpp = reviews.column("CPPID"), date = reviews.column("CPPreviewDate");
  for (std::size_t row = 0; row < reviews.rows(); ++row) {
    const OptDate d = reviews.date(row, date);
    if (!d) continue;
    auto it = plan.find(assessment_of(reviews, row, id, cpp));
    if (it == plan.end()) continue;
    const OptDate s = plans.date(it->second, start);
    if (s && *d <= *s) found.flag(reviews, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8841",
    .message = "The review date cannot be on the same day or before the Child protection Plan start date.",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,CPPreviewDate",
    .check = check,
    .examples = {R"(
# A's plan 1 started 2023-05-01: reviews the day after (fine), the same day and the day before
# (flagged). Plan 2 of the same episode started later: its review is compared with it alone.
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
A,1,1,2023-05-01
A,1,2,2023-09-01
--- Reviews
LAchildID,CINdetailsID,CPPID,CPPreviewDate
A,1,1,2023-05-02
! A,1,1,2023-05-01
! A,1,1,2023-04-30
A,1,2,2023-09-20
A,1,2,
)"},
}};

}  // namespace
}  // namespace lens::validation
