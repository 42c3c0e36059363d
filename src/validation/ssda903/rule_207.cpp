// 903 rule 207: a child recorded as a mother last year (MOTHER 1) is still one this year, if
// looked after this year (has episodes).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& header = r.table("Header");
  const Table& last = r.table("Header_last");
  const auto episodes = rows_by_child(r.table("Episodes"));
  const int mother = header.column("MOTHER"), mother_last = last.column("MOTHER");
  std::unordered_set<std::string_view> was_mother;
  for (std::size_t row = 0; row < last.rows(); ++row)
    if (last.text(row, mother_last) == "1") was_mother.insert(last.child(row));
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (was_mother.contains(header.child(row)) && header.text(row, mother) != "1" &&
        episodes.contains(header.child(row)))
      found.flag(header, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "207",
    .message = "Mother status for the current year disagrees with the mother status already recorded for this child.",
    .tables = "Episodes,Header,Header_last",
    .fields = "MOTHER",
    .check = check,
    .examples = {R"(
--- Header_last
CHILD,MOTHER
1,1
2,1
3,0
4,1
5,1
--- Header
CHILD,MOTHER
1,1
! 2,0
3,1
! 4,
5,0
--- Episodes
CHILD,DECOM
1,01/05/2020
2,01/05/2020
3,01/05/2020
4,01/05/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
