// 903 rule 178: a placement provider, when given, must be a code of the list, and is not given
// for placements that have none: temporary placements and "other placements" (T0 to T4 and Z1
// until 2024-25; T0 to T3 and Z11 to Z14 from 2025-26).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

bool has_no_provider(std::string_view place, int year) {
  if (year == 0 || year >= 2026) return s903::one_of(place, {"T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"});
  return s903::one_of(place, {"T0", "T1", "T2", "T3", "T4", "Z1"});
}

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int provider = eps.column("PLACE_PROVIDER"), place = eps.column("PLACE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (eps.blank(row, provider)) continue;
    if (!ssda903::is_valid_code(ssda903::CodeList::PlacementProvider, eps.text(row, provider), r.collection_year) ||
        has_no_provider(eps.text(row, place), r.collection_year))
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "178",
    .message = "Placement provider code is not a valid code.",
    .tables = "Episodes",
    .fields = "PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
year 2025
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
1,U1,PR0
2,Z1,
3,T4,
! 4,T0,PR1
! 5,Z1,PR4
! 6,U1,pr4
)",
R"(
year 2026
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
1,T4,PR1
2,Z11,
! 3,Z14,PR5
! 4,T0,PR1
)"},
}};

}  // namespace
}  // namespace lens::validation
