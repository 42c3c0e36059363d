// CIN rule 8805: an episode with a closure date must have a reason for closure.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int closed = episodes.column("CINclosureDate"), reason = episodes.column("ReasonForClosure");
  for (std::size_t row = 0; row < episodes.rows(); ++row)
    if (!episodes.blank(row, closed) && episodes.blank(row, reason)) found.flag(episodes, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8805",
    .message = "A CIN case cannot have a CIN closure date without a Reason for Closure",
    .tables = "CINdetails",
    .fields = "CINclosureDate,ReasonForClosure",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate,ReasonForClosure
A,1,2023-06-01,RC1
! A,2,2023-06-01,
B,1,,
)"},
}};

}  // namespace
}  // namespace lens::validation
