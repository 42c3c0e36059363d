// CIN rule 8620: an episode's closure date, where present, must be within the collection year.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int closed = episodes.column("CINclosureDate");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    const OptDate d = episodes.date(row, closed);
    if (d && !cin_rules::in_collection_year(r, *d)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8620",
    .message = "CIN Closure Date present and does not fall within the Census year",
    .tables = "CINdetails",
    .fields = "CINclosureDate",
    .check = check,
    .examples = {R"(
year 2024
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,CINclosureDate
A,1,2023-01-01,2023-04-01
A,2,2023-05-01,2024-03-31
! B,1,2023-01-01,2023-03-31
! B,2,2023-05-01,2024-04-01
C,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
