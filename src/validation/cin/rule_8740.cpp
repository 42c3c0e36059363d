// CIN rule 8740: a Section 47 enquiry without an initial conference date, and with a conference
// not marked as not required, must have started within the collection year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& s47 = r.table("Section47");
  const int start = s47.column("S47ActualStartDate"), icpc = s47.column("DateOfInitialCPC"),
            not_required = s47.column("ICPCnotRequired");
  for (std::size_t row = 0; row < s47.rows(); ++row) {
    const OptDate s = s47.date(row, start);
    if (s && s47.blank(row, icpc) && !cin_rules::is_true(s47.text(row, not_required)) &&
        !cin_rules::in_collection_year(r, *s))
      found.flag(s47, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8740",
    .message =
        "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census "
        "year, the start date must fall within the census year",
    .tables = "Section47",
    .fields = "S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired",
    .check = check,
    .examples = {R"(
year 2024
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC,ICPCnotRequired
A,1,2023-04-01,,false
A,2,2024-03-31,,0
! B,1,2023-03-31,,false
! B,2,2024-04-01,,
C,1,2023-03-31,2023-04-05,false
C,2,2023-03-31,,true
)"},
}};

}  // namespace
}  // namespace lens::validation
