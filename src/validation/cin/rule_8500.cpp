// CIN rule 8500: every child must have an LA child id.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (children.child(row).empty()) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8500",
    .message = "LA Child ID missing",
    .tables = "ChildIdentifiers",
    .fields = "LAchildID",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,UPN
1,V301200116001
! ,A301200116001
! "  ",
)"},
}};

}  // namespace
}  // namespace lens::validation
