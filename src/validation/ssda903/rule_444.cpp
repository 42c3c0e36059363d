// 903 rule 444 (from 2025-26): a UPN must be unique within the return; blanks and the UN1..UN5
// codes (which say why a child has no UPN) may repeat. Every row of a repeated UPN is flagged.
#include <unordered_map>

#include "validation/rule.hpp"

namespace lens::validation {
namespace {

bool may_repeat(std::string_view upn) {
  return upn.empty() || upn == "UN1" || upn == "UN2" || upn == "UN3" || upn == "UN4" || upn == "UN5";
}

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int upn = header.column("UPN");
  std::unordered_map<std::string_view, int> count;
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (!may_repeat(header.text(row, upn))) ++count[header.text(row, upn)];
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (!may_repeat(header.text(row, upn)) && count[header.text(row, upn)] > 1) found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "444",
    .message = "Duplicate UPN has been reported",
    .tables = "Header",
    .fields = "UPN",
    .from_year = 2026,
    .check = check,
    .examples = {R"(
--- Header
CHILD,UPN
1,UN1
2,UN1
3,
4,
5,A123456789012
! 6,B123456789012
! 7,B123456789012
)"},
}};

}  // namespace
}  // namespace lens::validation
