// 903 rule 583: only a child's latest decision to place for adoption may still be open (no
// DATE_PLACED_CEASED); every earlier one must have ceased, and no child may have two open.
#include <unordered_map>

#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& placed = r.table("PlacedAdoption");
  const int date_placed = placed.column("DATE_PLACED"), ceased = placed.column("DATE_PLACED_CEASED");
  std::unordered_map<std::string_view, std::size_t> latest;
  std::unordered_map<std::string_view, int> open;
  for (std::size_t row = 0; row < placed.rows(); ++row) {
    if (placed.blank(row, ceased)) ++open[placed.child(row)];
    auto [it, added] = latest.try_emplace(placed.child(row), row);
    OptDate d = placed.date(row, date_placed), best = placed.date(it->second, date_placed);
    if (!added && d && (!best || *d > *best)) it->second = row;
  }
  for (std::size_t row = 0; row < placed.rows(); ++row)
    if (placed.blank(row, ceased) && (latest[placed.child(row)] != row || open[placed.child(row)] > 1))
      found.flag(placed, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "583",
    .message = "More than one date the child should be placed for adoption has been reported, but an earlier decision "
               "has not been revoked. Check that both dates are required and add in the date the earlier decision was "
               "revoked. Note this may be in a previous year.",
    .tables = "PlacedAdoption",
    .fields = "DATE_PLACED,DATE_PLACED_CEASED",
    .check = check,
    .examples = {R"(
# 1: both ceased; 2: two open; 3: the latest open; 4: an earlier one open (rows out of order).
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
1,01/02/2020,02/02/2020
1,03/02/2020,04/02/2020
! 2,01/02/2020,
! 2,02/02/2020,
3,01/02/2020,02/02/2020
3,03/02/2020,
4,01/02/2020,02/02/2020
! 4,01/01/2020,
)"},
}};

}  // namespace
}  // namespace lens::validation
