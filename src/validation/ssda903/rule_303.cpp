// 903 rule 303: a child with a date UASC ceased is coded UASC 1 in the header (XML returns, whose
// header carries UASC); the UASC row and the header row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& uasc = r.table("UASC");
  const int status = header.column("UASC"), duc = uasc.column("DUC");
  if (status < 0) return;
  std::unordered_map<std::string_view, std::size_t> ceased;
  for (std::size_t row = 0; row < uasc.rows(); ++row)
    if (!uasc.blank(row, duc)) ceased.emplace(uasc.child(row), row);
  for (std::size_t row = 0; row < header.rows(); ++row) {
    auto it = ceased.find(header.child(row));
    if (it == ceased.end() || header.text(row, status) == "1") continue;
    found.flag(uasc, it->second);
    found.flag(header, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "303",
    .message = "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.",
    .tables = "UASC,Header",
    .fields = "DUC,UASC",
    .check = check,
    .examples = {R"(
--- Header
CHILD,UASC
0,0
1,1
! 2,0
3,1
! 4,
--- UASC
CHILD,DUC
0,
1,04/04/2021
! 2,01/06/2020
3,
! 4,10/04/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
