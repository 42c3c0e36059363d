// CIN rule 8590: every child in the return must have at least one CIN episode.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto episodes = rows_by_child(r.table("CINdetails"));
  const Table& children = r.table("ChildIdentifiers");
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (!episodes.contains(children.child(row))) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8590",
    .message = "Child does not have a recorded CIN episode.",
    .tables = "ChildIdentifiers",
    .fields = "LAchildID",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,UPN
A,
! B,
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2023-05-01
)"},
}};

}  // namespace
}  // namespace lens::validation
