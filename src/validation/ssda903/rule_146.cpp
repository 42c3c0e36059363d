// 903 rule 146: the placement type, when given, must be a code of the year's list. 2025-26 drops
// H5, P2 and Z1 and adds K3 and Z11 to Z14, which the code list (to 2024-25) does not know yet.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

constexpr std::string_view kPlacesFrom2026[] = {"A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1",
                                                "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1",
                                                "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14"};

void check(const ReturnTables& r, Findings& found) {
  if (r.collection_year < 2026 && r.collection_year != 0) {
    s903::flag_codes_not_in(r, found, "Episodes", "PLACE", ssda903::CodeList::PlacementType, true);
    return;
  }
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view v = eps.text(row, place);
    if (!v.empty() && std::find(std::begin(kPlacesFrom2026), std::end(kPlacesFrom2026), v) == std::end(kPlacesFrom2026))
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "146",
    .message = "Placement type code is not a valid code.",
    .tables = "Episodes",
    .fields = "PLACE",
    .check = check,
    .examples = {R"(
year 2025
--- Episodes
CHILD,PLACE
1,U1
2,H5
3,Z1
4,
! 5,Z11
! 6,A2
! 7,t3
)",
R"(
year 2026
--- Episodes
CHILD,PLACE
1,K3
2,Z14
3,
! 4,H5
! 5,P2
! 6,Z1
)"},
}};

}  // namespace
}  // namespace lens::validation
