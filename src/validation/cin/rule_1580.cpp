// CIN rule 1580 (from 2024-25): the LA child id may hold only letters and digits. A missing id
// is rule 8500's.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

bool alphanumeric(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  return true;
}

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (!alphanumeric(children.child(row))) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1580",
    .message = "LA Child ID must not contain any non-alphanumeric characters",
    .tables = "ChildIdentifiers",
    .fields = "LAchildID",
    .from_year = 2025,
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,UPN
Abc123,
! ABC-123,
! "AB 12",
! AB;1,
,
)"},
}};

}  // namespace
}  // namespace lens::validation
