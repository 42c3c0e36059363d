// 903 rule 165: a mother status (MOTHER) must be 0 or 1 and only for a girl; a girl looked after
// in the year (an episode other than a short break, LS V3 or V4, open at some time from 1 April
// to 31 March) must have one, and a girl not looked after in the year who has care leaver data
// must not. Only children with an episode that is not a short break are checked; the header row
// and any care leaver (OC3) row are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate start = collection_start(r), end = collection_end(r);
  if (!start || !end) return;
  const Table& eps = r.table("Episodes");
  const Table& header = r.table("Header");
  const Table& oc3 = r.table("OC3");
  const int decom = eps.column("DECOM"), dec = eps.column("DEC"), ls = eps.column("LS");
  std::unordered_map<std::string_view, bool> in_year;  // children with an episode that is not a short break
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    if (s903::one_of(eps.text(row, ls), {"V3", "V4"})) continue;
    const OptDate began = eps.date(row, decom), ended = eps.date(row, dec);
    bool& open_in_year = in_year[eps.child(row)];
    open_in_year = open_in_year || (began && *began <= *end && ended.value_or(*end) >= *start);
  }
  std::unordered_map<std::string_view, std::size_t> oc3_row;
  std::unordered_set<std::string_view> care_leavers;  // with any of IN_TOUCH, ACTIV, ACCOM
  const int oc3_cols[] = {oc3.column("IN_TOUCH"), oc3.column("ACTIV"), oc3.column("ACCOM")};
  for (std::size_t row = 0; row < oc3.rows(); ++row) {
    oc3_row.emplace(oc3.child(row), row);
    for (int c : oc3_cols)
      if (!oc3.blank(row, c)) care_leavers.insert(oc3.child(row));
  }
  const int mother = header.column("MOTHER"), sex = header.column("SEX");
  for (std::size_t row = 0; row < header.rows(); ++row) {
    auto it = in_year.find(header.child(row));
    if (it == in_year.end()) continue;
    const std::string_view m = header.text(row, mother), s = header.text(row, sex);
    const bool girl = s903::is_female(s, r.collection_year);
    const bool wrong = (!m.empty() && !s903::one_of(m, {"0", "1"})) ||
                       (!m.empty() && s903::is_male(s, r.collection_year)) || (m.empty() && girl && it->second) ||
                       (!m.empty() && girl && !it->second && care_leavers.contains(header.child(row)));
    if (!wrong) continue;
    found.flag(header, row);
    if (auto o = oc3_row.find(header.child(row)); o != oc3_row.end()) found.flag(oc3, o->second);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "165",
    .message = "Data entry for mother status is invalid.",
    .tables = "Header,Episodes,OC3",
    .fields = "MOTHER,SEX,ACTIV,ACCOM,IN_TOUCH,DECOM",
    .check = check,
    .examples = {R"(
year 2025
--- Episodes
CHILD,DECOM,DEC,LS
1,01/01/2024,01/05/2024,C2
2,11/01/2024,11/05/2024,C2
3,01/01/2024,,C2
4,11/05/2024,11/08/2024,C2
5,22/01/2024,22/05/2024,C2
6,11/01/2024,11/05/2024,C2
# ended before 1 April: not looked after in the year
7,25/03/2024,25/03/2024,C2
8,25/03/2024,31/03/2024,C2
9,01/11/2024,01/11/2024,V3
--- Header
CHILD,SEX,MOTHER
1,M,
2,F,0
3,F,1
! 4,F,
! 5,F,2
! 6,M,1
7,F,
! 8,F,1
9,F,
--- OC3
CHILD,IN_TOUCH,ACTIV,ACCOM
! 4,,,
7,YES,F1,B1
! 8,YES,F1,B1
)",
R"(
# Until 2023-24 the sexes are 1 and 2.
year 2024
--- Episodes
CHILD,DECOM,DEC,LS
1,01/01/2023,,C2
2,01/01/2023,,C2
--- Header
CHILD,SEX,MOTHER
1,2,0
! 2,1,0
)"},
}};

}  // namespace
}  // namespace lens::validation
