// CIN rule 1570 (from 2024-25): the LA child id must be at most 20 characters.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (children.child(row).size() > 20) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1570",
    .message = "LA Child ID must not be longer than 20 characters",
    .tables = "ChildIdentifiers",
    .fields = "LAchildID",
    .from_year = 2025,
    .check = check,
    .examples = {R"(
# 20 characters is the most; 21 is one too many.
--- ChildIdentifiers
LAchildID,UPN
ABCDEFGHIJ0123456789,
! ABCDEFGHIJ0123456789K,
A1,
)"},
}};

}  // namespace
}  // namespace lens::validation
