// CIN rule 2888Q (about the whole return): leaving out NONE, at least one child with a
// disability should have more than one recorded. A return in which no child has a disability is
// not queried (the DfE's condition is about the children recorded as disabled).
// The sector's validator keeps only the NONE rows; we leave them out, as the DfE describes.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& disabilities = r.table("Disabilities");
  const int code = disabilities.column("Disability");
  std::unordered_map<std::string_view, int> per_child;
  for (std::size_t row = 0; row < disabilities.rows(); ++row) {
    std::string_view d = disabilities.text(row, code);
    if (!d.empty() && d != "NONE") ++per_child[disabilities.child(row)];
  }
  if (per_child.empty()) return;
  for (const auto& [child, n] : per_child)
    if (n > 1) return;
  found.flag_return();
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2888Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend or provide a reason: Only one disability code is recorded per child and "
        "multiple disabilities should be recorded where possible.",
    .tables = "Disabilities",
    .fields = "Disability",
    .check = check,
    .examples = {R"(
# Every disabled child has one code (child 1's two NONE rows are not disabilities): queried.
! return
--- Disabilities
LAchildID,Disability
1,NONE
1,NONE
2,MOB
3,HAND
)",
                 R"(
# Child 2 has two: fine.
--- Disabilities
LAchildID,Disability
1,MOB
2,HAND
2,VIS
)"},
}};

}  // namespace
}  // namespace lens::validation
