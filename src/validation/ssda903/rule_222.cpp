// 903 rule 222: placement types that have no Ofsted URN (P1, P3, R1, R2, R5, T0 to T4, and Z1
// until 2024-25 or Z11 to Z14 from 2025-26) have none recorded, bar the placeholder XXXXXXX.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const bool from_2026 = r.collection_year == 0 || r.collection_year >= 2026;
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), urn = eps.column("URN");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view p = eps.text(row, place), u = eps.text(row, urn);
    const bool has_no_urn = s903::one_of(p, {"P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"}) ||
                            (from_2026 ? s903::one_of(p, {"Z11", "Z12", "Z13", "Z14"}) : p == "Z1");
    if (has_no_urn && !u.empty() && u != "XXXXXXX") found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "222",
    .message = "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
    .tables = "Episodes",
    .fields = "URN",
    .check = check,
    .examples = {R"(
year 2025
--- Episodes
CHILD,PLACE,URN
1,H5,XXXXXXX
2,U1,SC045099
3,T1,
4,R1,XXXXXXX
! 5,R1,SC045099
! 6,Z1,SC045099
)",
R"(
year 2026
--- Episodes
CHILD,PLACE,URN
1,Z1,SC045099
! 2,Z12,SC045099
)"},
}};

}  // namespace
}  // namespace lens::validation
