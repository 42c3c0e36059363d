// CIN rule 8715: a Section 47 enquiry's initial conference date, where present, must be within
// the collection year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& s47 = r.table("Section47");
  const int icpc = s47.column("DateOfInitialCPC");
  for (std::size_t row = 0; row < s47.rows(); ++row) {
    const OptDate d = s47.date(row, icpc);
    if (d && !cin_rules::in_collection_year(r, *d)) found.flag(s47, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8715",
    .message = "Date of Initial Child Protection Conference must fall within the census year",
    .tables = "Section47",
    .fields = "DateOfInitialCPC,ReferenceDate",
    .check = check,
    .examples = {R"(
year 2024
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC
A,1,2023-03-20,2023-04-01
A,2,2024-03-20,2024-03-31
! B,1,2023-03-20,2023-03-31
! B,2,2024-03-20,2024-04-01
C,1,2024-03-20,
)"},
}};

}  // namespace
}  // namespace lens::validation
