// CIN rule 8790: a child's disabilities cannot include both NONE and a disability. Each of that
// child's disability rows is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& disabilities = r.table("Disabilities");
  const int code = disabilities.column("Disability");
  for (const auto& [child, rows] : rows_by_child(disabilities)) {
    bool none = false, some = false;
    for (std::size_t row : rows) {
      std::string_view d = disabilities.text(row, code);
      if (d == "NONE") none = true;
      else if (!d.empty()) some = true;
    }
    if (none && some)
      for (std::size_t row : rows) found.flag(disabilities, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8790",
    .message = "Disability information includes both None and other values",
    .tables = "Disabilities",
    .fields = "Disability",
    .check = check,
    .examples = {R"(
--- Disabilities
LAchildID,Disability
1,NONE
2,MOB
2,HAND
! 3,NONE
! 3,VIS
)"},
}};

}  // namespace
}  // namespace lens::validation
