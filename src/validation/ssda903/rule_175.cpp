// 903 rule 175: the number of adopters, when given, must be 1 or 2.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& ad1 = r.table("AD1");
  const int nb = ad1.column("NB_ADOPTR");
  for (std::size_t row = 0; row < ad1.rows(); ++row)
    if (!ad1.blank(row, nb) && !s903::one_of(ad1.text(row, nb), {"1", "2"})) found.flag(ad1, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "175",
    .message = "The number of adopter(s) code is not a valid code.",
    .tables = "AD1",
    .fields = "NB_ADOPTR",
    .check = check,
    .examples = {R"(
--- AD1
CHILD,NB_ADOPTR
1,1
2,2
3,
! 4,0
! 5,3
)"},
}};

}  // namespace
}  // namespace lens::validation
