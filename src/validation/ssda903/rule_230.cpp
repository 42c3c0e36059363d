// 903 rule 230: a semi-independent placement in England (H5) open on or after 29 October 2023
// needs a real Ofsted URN (2023-24 only).
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Date from = *Date::from_ymd(2023, 10, 29);
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), dec = eps.column("DEC"), urn = eps.column("URN"), pl_la = eps.column("PL_LA");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view la = eps.text(row, pl_la), u = eps.text(row, urn);
    const bool outside_england = !la.empty() && s903::one_of(la.substr(0, 1), {"N", "W", "S"});
    const OptDate ended = eps.date(row, dec);
    const bool open = eps.blank(row, dec) || (ended && *ended >= from);
    if (eps.text(row, place) == "H5" && open && (u.empty() || u == "XXXXXXX") && !outside_england)
      found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "230",
    .message = "Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.",
    .tables = "Episodes",
    .fields = "DEC,PLACE,URN",
    .to_year = 2024,
    .check = check,
    .examples = {R"(
year 2024
--- Episodes
CHILD,PLACE,DEC,PL_LA,URN
! 1,H5,29/10/2023,E09000001,
2,H5,29/10/2023,E09000001,SC045099
! 3,H5,,E09000001,
4,H5,,S12000033,
5,P1,,E09000001,
! 6,H5,,E09000001,XXXXXXX
7,H5,28/10/2023,E09000001,
)"},
}};

}  // namespace
}  // namespace lens::validation
