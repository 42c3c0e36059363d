// CIN rule 8615: a Section 47 enquiry must have a start date, on or before its initial
// conference where it has one (the same day is fine).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& s47 = r.table("Section47");
  const int start = s47.column("S47ActualStartDate"), icpc = s47.column("DateOfInitialCPC");
  for (std::size_t row = 0; row < s47.rows(); ++row) {
    const OptDate s = s47.date(row, start), c = s47.date(row, icpc);
    if (!s || (c && *s > *c)) found.flag(s47, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8615",
    .message =
        "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child "
        "Protection Conference",
    .tables = "Section47",
    .fields = "S47ActualStartDate,DateOfInitialCPC",
    .check = check,
    .examples = {R"(
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC
A,1,2023-06-01,2023-06-01
A,2,2023-06-01,
! A,3,2023-06-02,2023-06-01
! B,1,,2023-06-01
! B,2,,
)"},
}};

}  // namespace
}  // namespace lens::validation
