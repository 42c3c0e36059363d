// CIN rule 2887Q (about the whole return): leaving out NONE, the return should use more than 7
// different disability codes.
// The sector's validator keeps only the NONE rows and counts rows rather than codes; we count
// distinct codes other than NONE, as the DfE describes.
#include <unordered_set>

#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& disabilities = r.table("Disabilities");
  const int code = disabilities.column("Disability");
  std::unordered_set<std::string_view> used;
  for (std::size_t row = 0; row < disabilities.rows(); ++row) {
    std::string_view d = disabilities.text(row, code);
    if (!d.empty() && d != "NONE") used.insert(d);
  }
  if (used.size() <= 7) found.flag_return();
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2887Q",
    .severity = Severity::Warning,
    .message = "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
    .tables = "Disabilities",
    .fields = "Disability",
    .check = check,
    .examples = {R"(
# Seven codes (MOB twice, NONE not counted): queried.
! return
--- Disabilities
LAchildID,Disability
1,MOB
2,MOB
3,HAND
4,PC
5,INC
6,COMM
7,LD
8,HEAR
9,NONE
)",
                 R"(
# Eight codes: fine.
--- Disabilities
LAchildID,Disability
1,MOB
2,HAND
3,PC
4,INC
5,COMM
6,LD
7,HEAR
8,VIS
)"},
}};

}  // namespace
}  // namespace lens::validation
