// 903 rule 1009: the reason for a placement change, when given, must be a code of the
// REASON_PLACE_CHANGE list for the year.
#include "returns/ssda903/ssda903_codes.hpp"
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int reason = eps.column("REASON_PLACE_CHANGE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view code = eps.text(row, reason);
    if (!code.empty() && !ssda903::is_valid_code(ssda903::CodeList::ReasonPlaceChange, code, r.collection_year))
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "1009",
    .message = "Reason for placement change is not a valid code.",
    .tables = "Episodes",
    .fields = "REASON_PLACE_CHANGE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,REASON_PLACE_CHANGE
1,CARPL
2,OTHER
! 3,other
! 4,NA
5,
)"},
}};

}  // namespace
}  // namespace lens::validation
