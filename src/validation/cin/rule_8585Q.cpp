// CIN rule 8585Q: an episode closed because the child died (RC2) should go with a recorded date
// of death.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto died = cin_rules::deaths(r);
  const Table& episodes = r.table("CINdetails");
  const int reason = episodes.column("ReasonForClosure");
  for (std::size_t row = 0; row < episodes.rows(); ++row)
    if (episodes.text(row, reason) == "RC2" && !died.contains(episodes.child(row))) found.flag(episodes, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8585Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however "
        "child has no recorded Date of Death",
    .tables = "CINdetails",
    .fields = "ReasonForClosure,PersonDeathDate",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,PersonDeathDate
A,2023-08-01
B,
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate,ReasonForClosure
A,1,2023-08-01,RC2
! B,1,2023-08-01,RC2
B,2,2023-09-01,RC7
)"},
}};

}  // namespace
}  // namespace lens::validation
