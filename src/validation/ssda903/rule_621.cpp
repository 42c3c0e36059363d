// 903 rule 621: the date of birth of a mother's first child (MC_DOB) must be after her own. An
// MC_DOB given when the mother's own date of birth is not a date fails too.
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int dob = header.column("DOB"), mc_dob = header.column("MC_DOB");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    OptDate own = header.date(row, dob), first_child = header.date(row, mc_dob);
    if (first_child && (!own || *first_child <= *own)) found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "621",
    .message = "Mother’s field has been completed but date of birth shows that the mother is younger than her child.",
    .tables = "Header",
    .fields = "DOB,MC_DOB",
    .check = check,
    .examples = {R"(
--- Header
CHILD,DOB,MC_DOB
! 1,01/12/2021,01/01/2021
2,19/02/2006,19/12/2021
! 3,31/01/2019,31/01/2019
4,31/01/2019,
! 5,,01/02/2019
)"},
}};

}  // namespace
}  // namespace lens::validation
