// CIN rule 1550: character 13 of a UPN, where present, must be a digit or a capital letter other
// than I, O and S (a UPN shorter than 13 characters has no character 13, and fails).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int upn = children.column("UPN");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    std::string_view u = children.text(row, upn);
    if (!u.empty() && (u.size() < 13 || !cin_rules::is_upn_last_character(u[12]))) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1550",
    .message = "UPN invalid (character 13 not a recognised value)",
    .tables = "ChildIdentifiers",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,UPN
1,V301200116001
2,F30120011600A
! 3,V30120011600I
! 4,V30120011600a
! 5,V30120011600
6,
)"},
}};

}  // namespace
}  // namespace lens::validation
