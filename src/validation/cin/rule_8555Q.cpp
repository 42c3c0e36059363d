// CIN rule 8555Q: a child cannot be referred after the recorded date of death.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  cin_rules::flag_after_death(r, found, "CINdetails", "CINreferralDate");
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8555Q",
    .severity = Severity::Warning,
    .message = "Child cannot be referred after its recorded date of death",
    .tables = "CINdetails",
    .fields = "PersonDeathDate,CINreferralDate",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,PersonDeathDate
A,2023-08-01
B,
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2023-08-01
! A,2,2023-08-02
B,1,2023-09-01
)"},
}};

}  // namespace
}  // namespace lens::validation
