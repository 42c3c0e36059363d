// 903 rule 393: a girl looked after other than on short breaks (an episode with LS other than V3
// or V4) has her mother status (MOTHER) given.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS");
  std::unordered_set<std::string_view> looked_after;
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (!s903::one_of(eps.text(row, ls), {"V3", "V4"})) looked_after.insert(eps.child(row));
  const Table& header = r.table("Header");
  const int sex = header.column("SEX"), mother = header.column("MOTHER");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (s903::is_female(header.text(row, sex), r.collection_year) && header.blank(row, mother) &&
        looked_after.contains(header.child(row)))
      found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "393",
    .message = "Child is looked after but mother field is not completed.",
    .tables = "Header,Episodes",
    .fields = "MOTHER",
    .check = check,
    .examples = {R"(
year 2025
--- Header
CHILD,SEX,MOTHER
1,F,1
2,M,
3,F,0
! 4,F,
5,F,
--- Episodes
CHILD,LS
1,C2
2,C2
3,C2
4,C1
5,V4
)",
R"(
year 2024
--- Header
CHILD,SEX,MOTHER
! 1,2,
2,1,
--- Episodes
CHILD,LS
1,C2
2,C2
)"},
}};

}  // namespace
}  // namespace lens::validation
