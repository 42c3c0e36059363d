// CIN rule 8606: a referral cannot be more than 40 weeks (280 days) before the child's date of
// birth or, for an unborn child, expected date of birth. Exactly 280 days before is allowed.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int born = children.column("PersonBirthDate"), expected = children.column("ExpectedPersonBirthDate");
  std::unordered_map<std::string_view, Date> birth;
  for (std::size_t row = 0; row < children.rows(); ++row) {
    OptDate d = children.date(row, born);
    if (!d) d = children.date(row, expected);
    if (d) birth.emplace(children.child(row), *d);
  }
  const Table& episodes = r.table("CINdetails");
  const int referral = episodes.column("CINreferralDate");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    const OptDate d = episodes.date(row, referral);
    if (!d) continue;
    auto it = birth.find(episodes.child(row));
    if (it != birth.end() && it->second - *d > 280) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8606",
    .message = "Child referral date is more than 40 weeks before DOB or expected DOB",
    .tables = "CINdetails",
    .fields = "CINreferralDate,PersonBirthDate,ExpectedPersonBirthDate",
    .check = check,
    .examples = {R"(
# A born 2024-01-07: 280 days before is 2023-04-02 (fine), 281 days before is 2023-04-01.
# B is unborn, expected 2024-06-01: 2023-08-25 is 281 days before.
--- ChildIdentifiers
LAchildID,PersonBirthDate,ExpectedPersonBirthDate
A,2024-01-07,
B,,2024-06-01
C,,
--- CINdetails
LAchildID,CINdetailsID,CINreferralDate
A,1,2023-04-02
! A,2,2023-04-01
! B,1,2023-08-25
B,2,2023-08-26
C,1,2000-01-01
)"},
}};

}  // namespace
}  // namespace lens::validation
