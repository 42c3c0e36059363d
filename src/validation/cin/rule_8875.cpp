// CIN rule 8875: an initial child protection conference (Section 47 DateOfInitialCPC) cannot be
// held on a Saturday or Sunday.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) { cin_rules::flag_weekend(r, found, "Section47", "DateOfInitialCPC"); }

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8875",
    .message = "The Date of Initial Child Protection Conference cannot be a weekend",
    .tables = "Section47",
    .fields = "DateOfInitialCPC",
    .check = check,
    .examples = {R"(
# 2023-06-02 is a Friday, 03 a Saturday, 04 a Sunday, 05 a Monday.
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC
A,1,2023-05-10,2023-06-02
! A,2,2023-05-10,2023-06-03
! A,3,2023-05-10,2023-06-04
A,4,2023-05-10,2023-06-05
B,1,2023-05-10,
)"},
}};

}  // namespace
}  // namespace lens::validation
