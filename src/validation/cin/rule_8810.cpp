// CIN rule 8810: an episode with a reason for closure must have a closure date.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int closed = episodes.column("CINclosureDate"), reason = episodes.column("ReasonForClosure");
  for (std::size_t row = 0; row < episodes.rows(); ++row)
    if (episodes.blank(row, closed) && !episodes.blank(row, reason)) found.flag(episodes, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8810",
    .message = "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
    .tables = "CINdetails",
    .fields = "ReasonForClosure,CINclosureDate",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate,ReasonForClosure
A,1,2023-06-01,RC1
! A,2,,RC7
B,1,,
)"},
}};

}  // namespace
}  // namespace lens::validation
