// 903 rule 199: a child adopted from care (an episode ending E11 or E12) does not come back: any
// episode this year that began after the adoption episode did is flagged. Last year's episodes
// (Episodes_last) count too; an episode in both returns is the same one.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  // Each child's earliest start of an episode that ended in adoption, over both years.
  std::unordered_map<std::string_view, Date> adopted;
  for (std::string_view name : {"Episodes", "Episodes_last"}) {
    const Table& t = r.table(name);
    const int decom = t.column("DECOM"), rec = t.column("REC");
    for (std::size_t row = 0; row < t.rows(); ++row) {
      const OptDate d = t.date(row, decom);
      if (!d || !s903::one_of(t.text(row, rec), {"E11", "E12"})) continue;
      auto [it, added] = adopted.emplace(t.child(row), *d);
      if (!added && *d < it->second) it->second = *d;
    }
  }
  const Table& eps = r.table("Episodes");
  const int decom = eps.column("DECOM");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    auto it = adopted.find(eps.child(row));
    const OptDate d = eps.date(row, decom);
    if (it != adopted.end() && d && *d > it->second) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "199",
    .message = "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]",
    .tables = "Episodes",
    .fields = "CHILD",
    .check = check,
    .examples = {R"(
--- Episodes_last
CHILD,DECOM,DEC,REC
101,15/06/2016,20/12/2020,E11
103,11/05/2015,07/04/2019,E12
107,26/11/2017,,E12
--- Episodes
CHILD,DECOM,DEC,REC
! 103,16/04/2020,,
105,02/12/2021,03/12/2021,X1
105,03/12/2021,04/12/2021,E11
! 105,12/12/2021,,
! 105,03/12/2022,04/12/2022,E11
# last year's adoption episode, carried into this year
107,26/11/2017,04/12/2021,E12
! 107,04/12/2021,,
108,01/01/2021,,
)"},
}};

}  // namespace
}  // namespace lens::validation
