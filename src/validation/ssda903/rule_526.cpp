// 903 rule 526: every placement has a provider (PLACE_PROVIDER) except temporary placements (T0..
// T4) and the "other" placements (Z1 until 2024-25; Z11..Z14, which replaced it, from 2025-26).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

bool needs_no_provider(std::string_view place, int year) {
  if (ssda903_rules::one_of(place, {"T0", "T1", "T2", "T3", "T4"})) return true;
  if (year != 0 && year < 2026) return place == "Z1";
  return ssda903_rules::one_of(place, {"Z11", "Z12", "Z13", "Z14"});
}

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), provider = eps.column("PLACE_PROVIDER");
  for (std::size_t row = 0; row < eps.rows(); ++row)
    if (eps.blank(row, provider) && !needs_no_provider(eps.text(row, place), r.collection_year)) found.flag(eps, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "526",
    .message = "Child is missing a placement provider code for at least one episode.",
    .tables = "Episodes",
    .fields = "PLACE,PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
# 2025-26 and after: Z14 needs no provider, Z1 (no longer a code) does.
year 2026
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
1,U1,PR1
2,T1,
3,Z14,
! 4,Z1,
! 5,P1,
! 6,,
)",
                 R"(
# Until 2024-25: Z1 needs no provider.
year 2025
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
1,Z1,
! 2,Z14,
! 3,U1,
4,T4,
)"},
}};

}  // namespace
}  // namespace lens::validation
