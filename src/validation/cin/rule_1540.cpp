// CIN rule 1540: characters 5-12 of a UPN, where present, must all be digits (a UPN shorter than
// 12 characters does not have them, and fails).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int upn = children.column("UPN");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    std::string_view u = children.text(row, upn);
    if (!u.empty() && (u.size() < 12 || !cin_rules::all_digits(u.substr(4, 8)))) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1540",
    .message = "UPN invalid (characters 5-12 not all numeric)",
    .tables = "ChildIdentifiers",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
# A letter at character 6 or 10 fails, as does a UPN too short to have 5-12; a letter at 13 (temporary UPN) or 2-4 is other rules'.
--- ChildIdentifiers
LAchildID,UPN
1,V301200116001
2,F30120011600A
! 3,V3012X0116001
! 4,V30120011X001
! 5,V3012001
6,
7,VX01200116001
)"},
}};

}  // namespace
}  // namespace lens::validation
