// CIN rule 8775Q: a child born more than 25 years before the reference date is queried on each
// episode still open or closed after the 25th birthday.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate reference = collection_end(r);
  if (!reference) return;
  const Date limit = add_years(*reference, -25);
  const Table& children = r.table("ChildIdentifiers");
  const int born = children.column("PersonBirthDate");
  std::unordered_map<std::string_view, Date> over_25;
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (const OptDate b = children.date(row, born); b && *b < limit) over_25.emplace(children.child(row), *b);
  if (over_25.empty()) return;
  const Table& episodes = r.table("CINdetails");
  const int closed = episodes.column("CINclosureDate");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    auto it = over_25.find(episodes.child(row));
    if (it == over_25.end()) continue;
    const OptDate c = episodes.date(row, closed);
    if (!c || *c > add_years(it->second, 25)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8775Q",
    .severity = Severity::Warning,
    .message = "Please check and either amend data or provide a reason: Child is over 25 years old",
    .tables = "ChildIdentifiers",
    .fields = "PersonBirthDate,CINclosureDate",
    .check = check,
    .examples = {R"(
# 2023-24 (reference 2024-03-31): over 25 is born before 1999-03-31. A: open episode (queried)
# and one closed before the 25th birthday (fine). B: closed after it. C: born on 1999-03-31.
year 2024
--- ChildIdentifiers
LAchildID,PersonBirthDate
A,1998-06-01
B,1999-03-30
C,1999-03-31
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate,CINclosureDate
! A,1,2023-05-01,
A,2,2022-05-01,2023-05-31
! B,1,2024-03-01,2024-03-31
C,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
