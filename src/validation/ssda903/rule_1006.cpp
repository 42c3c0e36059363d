// 903 rule 1006: the missing type, when given, is M (missing) or A (away without authorisation).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& missing = r.table("Missing");
  const int kind = missing.column("MISSING");
  for (std::size_t row = 0; row < missing.rows(); ++row) {
    std::string_view k = missing.text(row, kind);
    if (!k.empty() && k != "M" && k != "A") found.flag(missing, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "1006",
    .message = "Missing type invalid.",
    .tables = "Missing",
    .fields = "MISSING",
    .check = check,
    .examples = {R"(
--- Missing
CHILD,MISSING
1,M
2,A
! 3,AWAY
4,
! 5,m
)"},
}};

}  // namespace
}  // namespace lens::validation
