// CIN rule 8870Q: the target date for the initial conference should not be a Saturday or Sunday.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { cin_rules::flag_weekend(r, found, "Section47", "InitialCPCtarget"); }

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8870Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference "
        "should not be a weekend",
    .tables = "Section47",
    .fields = "InitialCPCtarget",
    .check = check,
    .examples = {R"(
# 2023-06-02 is a Friday, 03 a Saturday, 04 a Sunday, 05 a Monday.
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,InitialCPCtarget
A,1,2023-05-10,2023-06-02
! A,2,2023-05-10,2023-06-03
! A,3,2023-05-10,2023-06-04
A,4,2023-05-10,2023-06-05
B,1,2023-05-10,
)"},
}};

}  // namespace
}  // namespace lens::validation
