// CIN rule 1520: no two children may share a UPN. Every record carrying a shared UPN is flagged;
// blank UPNs are not compared.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int upn = children.column("UPN");
  std::unordered_map<std::string_view, int> uses;
  uses.reserve(children.rows());
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (!children.blank(row, upn)) ++uses[children.text(row, upn)];
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (!children.blank(row, upn) && uses[children.text(row, upn)] > 1) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1520",
    .message = "More than one record with the same UPN.",
    .tables = "ChildIdentifiers",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
# Children 1 and 3 share a UPN (both flagged); 2 and 4 have none (blanks are not duplicates).
--- ChildIdentifiers
LAchildID,UPN
! 1,V301200116001
2,
! 3,V301200116001
4,
5,F30120011600A
)"},
}};

}  // namespace
}  // namespace lens::validation
