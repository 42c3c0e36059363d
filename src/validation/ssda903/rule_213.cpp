// 903 rule 213: placements with no provider have no placement provider code: temporary
// placements (T0 to T4) and other placements (Z1 until 2024-25; Z11 to Z14 from 2025-26).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const bool from_2026 = r.collection_year == 0 || r.collection_year >= 2026;
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), provider = eps.column("PLACE_PROVIDER");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view p = eps.text(row, place);
    const bool no_provider = s903::one_of(p, {"T0", "T1", "T2", "T3", "T4"}) ||
                             (from_2026 ? s903::one_of(p, {"Z11", "Z12", "Z13", "Z14"}) : p == "Z1");
    if (no_provider && !eps.blank(row, provider)) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "213",
    .message = "Placement provider information not required.",
    .tables = "Episodes",
    .fields = "PLACE_PROVIDER",
    .check = check,
    .examples = {R"(
year 2025
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
1,T0,
2,U1,PR3
! 3,T2,PR2
! 4,Z1,PR1
)",
R"(
year 2026
--- Episodes
CHILD,PLACE,PLACE_PROVIDER
1,Z11,
! 2,Z13,PR1
! 3,T4,PR6
)"},
}};

}  // namespace
}  // namespace lens::validation
