// 903 check EPI (a warning): a child in the Header needs episodes (or, for a care leaver, an OC3
// row) before the other rules can say much about them.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto with_episodes = ssda903_rules::children_in(r.table("Episodes"));
  const auto care_leavers = ssda903_rules::children_in(r.table("OC3"));
  const Table& header = r.table("Header");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (!with_episodes.contains(header.child(row)) && !care_leavers.contains(header.child(row)))
      found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "EPI",
    .severity = Severity::Warning,
    .message = "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This "
               "refers to the DfE portal - here, all checks that can be performed with only the available data will "
               "be.]",
    .tables = "Header",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD
1
2
! 3
--- Episodes
CHILD
1
--- OC3
CHILD
2
)"},
}};

}  // namespace
}  // namespace lens::validation
