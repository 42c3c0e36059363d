// 903 rule 502: an episode open at the end of last year must reappear as this year's first
// episode, with the same start date.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& last = r.table("Episodes_last");
  const int dec_last = last.column("DEC"), decom_last = last.column("DECOM");
  // Last year's open episodes by child (a child may wrongly have several; each is compared).
  std::unordered_map<std::string_view, std::vector<std::size_t>> open;
  for (std::size_t row = 0; row < last.rows(); ++row)
    if (last.blank(row, dec_last)) open[last.child(row)].push_back(row);
  ssda903_rules::ChildSequences seq(eps, "DECOM");
  for (std::size_t i = 0; i < seq.children(); ++i) {
    auto first = ssda903_rules::first_dated(seq, i);
    auto o = open.find(seq.child(i));
    if (!first || o == open.end()) continue;
    for (std::size_t row : o->second)
      if (last.date(row, decom_last) != seq.date(*first)) {
        found.flag(eps, *first);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "502",
    .message = "Last year's record ended with an open episode. The date on which that episode started does not match "
               "the start date of the first episode on this year’s record.",
    .tables = "Episodes,Episodes_last",
    .fields = "DECOM",
    .check = check,
    .examples = {R"(
# 1: last year's open episode started later than this year's first; 2: the same date; 3: last
# year's episodes all ended; 4: this year's first starts on a different day; 5: new this year.
--- Episodes_last
CHILD,DECOM,DEC
1,05/06/2020,
2,08/06/2020,
3,06/06/2020,05/07/2020
4,08/06/2020,05/07/2020
4,19/06/2020,
--- Episodes
CHILD,DECOM
! 1,01/06/2020
1,05/06/2020
2,08/06/2020
2,09/06/2020
3,06/06/2020
! 4,08/06/2020
4,19/06/2020
5,15/06/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
