// 903 rule 631: the previous permanence option, when given, must be a code of the PREV_PERM list.
#include "returns/ssda903/ssda903_codes.hpp"
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& perm = r.table("PrevPerm");
  const int prev = perm.column("PREV_PERM");
  for (std::size_t row = 0; row < perm.rows(); ++row) {
    std::string_view code = perm.text(row, prev);
    if (!code.empty() && !ssda903::is_valid_code(ssda903::CodeList::PreviousPermanence, code, r.collection_year))
      found.flag(perm, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "631",
    .message = "Previous permanence option not a valid value.",
    .tables = "PrevPerm",
    .fields = "PREV_PERM",
    .check = check,
    .examples = {R"(
--- PrevPerm
CHILD,PREV_PERM
! 1,P0
2,P1
! 3,p1
4,
5,Z1
)"},
}};

}  // namespace
}  // namespace lens::validation
