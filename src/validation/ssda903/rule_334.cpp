// 903 rule 334: the decision that the child should be placed for adoption comes no earlier than
// the start of the latest period of care (the latest episode with RNE S); the episode and the
// AD1 row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const Table& ad1 = r.table("AD1");
  const int decom = eps.column("DECOM"), rne = eps.column("RNE"), decided = ad1.column("DATE_INT");
  std::unordered_map<std::string_view, std::size_t> latest_start;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const OptDate d = eps.date(row, decom);
    if (!d || eps.text(row, rne) != "S") continue;
    auto [it, added] = latest_start.emplace(eps.child(row), row);
    if (!added && *d > *eps.date(it->second, decom)) it->second = row;
  }
  for (std::size_t row = 0; row < ad1.rows(); ++row) {
    auto it = latest_start.find(ad1.child(row));
    const OptDate d = ad1.date(row, decided);
    if (it == latest_start.end() || !d || *d >= *eps.date(it->second, decom)) continue;
    found.flag(eps, it->second);
    found.flag(ad1, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "334",
    .message = "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.",
    .tables = "Episodes,AD1",
    .fields = "DATE_INT,DECOM,RNE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,RNE
! 1,01/03/2019,S
2,01/03/2019,S
3,01/02/2018,P
3,01/03/2018,S
3,01/01/2019,S
4,01/03/2019,P
5,01/03/2017,P
! 5,01/01/2020,S
5,26/05/2021,P
--- AD1
CHILD,DATE_INT
! 1,26/05/2018
2,
# on the day the latest period of care began
3,01/01/2019
4,01/02/2010
! 5,26/05/2019
)"},
}};

}  // namespace
}  // namespace lens::validation
