// 903 rule 118: the date of the decision no longer to place for adoption may not be before
// 1 April of the collection year, nor before the start of the child's earliest episode that is
// not a short break (LS V3 or V4). Both rows are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& pa = r.table("PlacedAdoption");
  const int decom = eps.column("DECOM"), ls = eps.column("LS"), ceased = pa.column("DATE_PLACED_CEASED");
  const OptDate start = collection_start(r);
  std::unordered_map<std::string_view, std::size_t> earliest;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate d = eps.date(row, decom);
    if (!d || s903::one_of(eps.text(row, ls), {"V3", "V4"})) continue;
    auto [it, added] = earliest.emplace(eps.child(row), row);
    if (!added && *d < *eps.date(it->second, decom)) it->second = row;
  }
  for (std::size_t row = 0; row < pa.rows(); ++row) {
    const OptDate d = pa.date(row, ceased);
    auto it = earliest.find(pa.child(row));
    if (!d || it == earliest.end()) continue;
    if ((start && *d < *start) || *d < *eps.date(it->second, decom)) {
      found.flag(eps, it->second);
      found.flag(pa, row);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "118",
    .message = "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.",
    .tables = "Episodes,PlacedAdoption",
    .fields = "DECOM,DECOM,LS",
    .check = check,
    .examples = {R"(
year 2021
--- Episodes
CHILD,DECOM,LS
! 1,01/01/2019,L1
2,01/01/2021,V3
! 2,20/12/2020,C2
2,03/01/2021,C2
3,01/01/2019,C2
4,01/01/2019,C2
5,01/05/2020,C2
--- PlacedAdoption
CHILD,DATE_PLACED_CEASED
# before 1 April 2020
! 1,31/03/2020
# before the earliest episode that is not a short break
! 2,19/12/2020
3,01/04/2020
4,
# on the day the earliest episode began
5,01/05/2020
)"},
}};

}  // namespace
}  // namespace lens::validation
