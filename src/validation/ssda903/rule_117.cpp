// 903 rule 117: neither adoption decision date (DATE_PLACED, DATE_PLACED_CEASED) may be after
// 31 March of the collection year, nor after the end of the child's latest episode (by DECOM,
// leaving out episodes that end with X1, a new episode beginning). Both rows are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& pa = r.table("PlacedAdoption");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), rec = eps.column("REC");
  const int placed = pa.column("DATE_PLACED"), ceased = pa.column("DATE_PLACED_CEASED");
  const OptDate end = collection_end(r);
  // Each child's latest episode that does not run on into another (the first of equal DECOMs).
  std::unordered_map<std::string_view, std::size_t> latest;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate d = eps.date(row, decom);
    if (!d || eps.text(row, rec) == "X1") continue;
    auto [it, added] = latest.emplace(eps.child(row), row);
    if (!added && *d > *eps.date(it->second, decom)) it->second = row;
  }
  for (std::size_t row = 0; row < pa.rows(); ++row) {
    auto it = latest.find(pa.child(row));
    if (it == latest.end()) continue;
    const OptDate ended = eps.date(it->second, dec);
    auto late = [&](OptDate d) { return d && ((end && *d > *end) || (ended && *d > *ended)); };
    if (late(pa.date(row, placed)) || late(pa.date(row, ceased))) {
      found.flag(eps, it->second);
      found.flag(pa, row);
    }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "117",
    .message = "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.",
    .tables = "Episodes,PlacedAdoption",
    .fields = "DATE_PLACED_CEASED,DATE_PLACED,DEC,REC,DECOM",
    .check = check,
    .examples = {R"(
year 2018
--- Episodes
CHILD,DECOM,DEC,REC
1,01/01/2009,01/01/2009,E45
2,01/01/2001,01/01/2001,E11
! 2,03/01/2018,31/03/2018,E46
3,10/01/2002,10/01/2002,E11
4,25/01/2017,,
! 5,10/01/2002,10/01/2002,E11
5,11/02/2010,11/02/2010,X1
6,01/05/2017,,
--- PlacedAdoption
CHILD,DATE_PLACED,DATE_PLACED_CEASED
1,26/05/2000,01/01/2009
# after 31 March 2018
! 2,26/05/2017,01/04/2018
3,,
# on the same day as the latest episode ended, and no later than 31 March
4,31/03/2018,
# after the end of the latest episode that is not followed by X1's continuation
! 5,01/02/2002,
# the latest episode is open: only 31 March bounds it
6,31/03/2018,
)"},
}};

}  // namespace
}  // namespace lens::validation
