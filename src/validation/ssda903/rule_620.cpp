// 903 rule 620: a child recorded as a mother (MOTHER 1) must have been 11 or over at the start of
// the collection year (1 April).
#include "core/date.hpp"
#include "validation/rule.hpp"
#include "validation/rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  const Table& header = r.table("Header");
  const int mother = header.column("MOTHER"), dob = header.column("DOB");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    OptDate birth = header.date(row, dob);
    if (header.text(row, mother) == "1" && birth && add_years(*birth, 11) > *start) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "620",
    .message = "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.",
    .tables = "Header",
    .fields = "DOB,MOTHER",
    .check = check,
    .examples = {R"(
# 1: 11 on 1 April; 2: 11 on 2 April; 3: no date of birth; 4: not a mother.
year 2021
--- Header
CHILD,MOTHER,DOB
1,1,01/04/2009
! 2,1,02/04/2009
3,1,
4,0,13/02/2015
)"},
}};

}  // namespace
}  // namespace lens::validation
