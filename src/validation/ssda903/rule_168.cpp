// 903 rule 168: a UPN, when given, is a letter (not I, O or S) and twelve digits, or eleven digits
// and a letter; or one of the codes for an unknown UPN, UN1 to UN5.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool valid_upn(std::string_view upn) {
  if (upn.size() == 3 && upn.starts_with("UN")) return upn[2] >= '1' && upn[2] <= '5';
  if (upn.size() != 13 || !is_upper(upn[0]) || s903::one_of(upn.substr(0, 1), {"I", "O", "S"})) return false;
  for (std::size_t i = 1; i < 12; ++i)
    if (!is_digit(upn[i])) return false;
  return is_digit(upn[12]) || is_upper(upn[12]);
}

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const int upn = header.column("UPN");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (!header.blank(row, upn) && !valid_upn(header.text(row, upn))) found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "168",
    .message = "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
    .tables = "Header",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
--- Header
CHILD,UPN
1,UN3
2,UN5
3,X06805040829A
4,E043016488226
5,
! 6,UN7
! 7,E07295962325C1556
! 8,5035247309594
! 9,K06014812931
! 10,I072272729588
! 11,S074885779408
! 12,e043016488226
)"},
}};

}  // namespace
}  // namespace lens::validation
