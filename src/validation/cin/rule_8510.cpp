// CIN rule 8510: no two child records may share an LA child id; each record carrying a shared
// id is flagged. Missing ids are rule 8500's.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  for (const auto& [child, rows] : rows_by_child(children))
    if (!child.empty() && rows.size() > 1)
      for (std::size_t row : rows) found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8510",
    .message = "More than one child record with the same LA Child ID",
    .tables = "ChildIdentifiers",
    .fields = "LAchildID",
    .check = check,
    .examples = {R"(
--- ChildIdentifiers
LAchildID,UPN
! A1,
B2,
! A1,
,
,
)"},
}};

}  // namespace
}  // namespace lens::validation
