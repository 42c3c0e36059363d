// 903 rule 205D: a child UASC this year who was in last year's return was UASC there too. The
// header row is flagged (the UASC row when the header has no UASC column, as in CSV returns).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto now = s903::uasc_status(r, ""), before = s903::uasc_status(r, "_last");
  if (!now || !before) return;
  const Table& t = r.table("Header").column("UASC") >= 0 ? r.table("Header") : r.table("UASC");
  for (std::size_t row = 0; row < t.rows(); ++row) {
    const std::string_view child = t.child(row);
    auto n = now->find(child);
    auto b = before->find(child);
    if (n != now->end() && n->second == "1" && b != before->end() && b->second != "1") found.flag(t, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "205D",
    .message = "Child identified as UASC this year but not identified as UASC status provided for the child last year.",
    .tables = "UASC,UASC_last,Header,Header_last",
    .fields = "UASC,CHILD",
    .check = check,
    .examples = {R"(
--- Header
CHILD,UASC
1,1
! 2,1
3,1
4,0
--- Header_last
CHILD,UASC
1,1
2,0
4,1
)",
R"(
# CSV returns: UASC read from the UASC tables
--- UASC
CHILD,DOB,DUC
! 1,23/07/2002,01/01/2020
2,23/07/2002,01/01/2020
--- UASC_last
CHILD,DOB,DUC
1,23/07/2002,
2,23/07/2002,01/01/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
