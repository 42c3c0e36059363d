// CIN rule 1560Q: a former UPN, where present, should be in the UPN format: 13 characters, a
// capital letter, eleven digits, then a digit or (a temporary UPN) an allowed capital letter.
// The sector's validator requires character 13 to be a digit, which would query every former
// temporary UPN; the DfE's format allows the letter, and so do we.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

bool upn_format(std::string_view u) {
  return u.size() == 13 && u[0] >= 'A' && u[0] <= 'Z' && cin_rules::all_digits(u.substr(1, 11)) &&
         cin_rules::is_upn_last_character(u[12]);
}

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int former = children.column("FormerUPN");
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (!children.blank(row, former) && !upn_format(children.text(row, former))) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1560Q",
    .severity = Severity::Warning,
    .message = "Please check and either amend or provide a reason: Former UPN wrongly formatted",
    .tables = "ChildIdentifiers",
    .fields = "FormerUPN",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,UPN,FormerUPN
1,V301200116001,X987654321231
2,V301200116001,
3,V301200116001,F30120011600A
! 4,V301200116001,X0000y0000007
! 5,V301200116001,X98721238
! 6,V301200116001,1301200116001
)"},
}};

}  // namespace
}  // namespace lens::validation
