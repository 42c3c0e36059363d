// 903 rule 218: a placement in England open on or after 1 April (DEC then or later, or blank)
// needs its Ofsted URN, except for placement types that have none (P1, P3, R1, R2, R5, T0 to T4,
// and Z1 until 2024-25 or Z11 to Z14 from 2025-26). Placements outside England are told by PL_LA
// where the return carries it: codes starting N, W, S or C until 2024-25; CON, NIR, SCO, WAL or
// NUK from 2025-26.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r);
  if (!start) return;
  const bool from_2026 = r.collection_year >= 2026;
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), dec = eps.column("DEC"), urn = eps.column("URN"), pl_la = eps.column("PL_LA");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view p = eps.text(row, place), la = eps.text(row, pl_la);
    const bool exempt = s903::one_of(p, {"P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"}) ||
                        (from_2026 ? s903::one_of(p, {"Z11", "Z12", "Z13", "Z14"}) : p == "Z1");
    const bool outside_england = from_2026 ? s903::one_of(la, {"CON", "NIR", "SCO", "WAL", "NUK"})
                                           : !la.empty() && s903::one_of(la.substr(0, 1), {"N", "W", "S", "C"});
    const OptDate ended = eps.date(row, dec);
    const bool open_in_year = eps.blank(row, dec) || (ended && *ended >= *start);
    if (open_in_year && eps.blank(row, urn) && !exempt && !outside_england) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "218",
    .message = "Ofsted Unique reference number (URN) is required.",
    .tables = "Episodes",
    .fields = "URN",
    .check = check,
    .examples = {R"(
year 2016
--- Episodes
CHILD,PLACE,DEC,PL_LA,URN
1,Z1,,E09000001,
2,U1,01/02/2016,W06000008,
3,U1,01/02/2016,E09000001,SC045099
# ended before 1 April 2015
4,U1,31/03/2015,E09000001,
! 5,U1,,E09000001,
! 6,K2,01/04/2015,,
7,R5,01/02/2016,E09000001,
)",
R"(
year 2026
--- Episodes
CHILD,PLACE,DEC,PL_LA,URN
1,Z11,,E09000001,
2,U1,,SCO,
! 3,Z1,,E09000001,
! 4,U1,,S12000033,
)"},
}};

}  // namespace
}  // namespace lens::validation
