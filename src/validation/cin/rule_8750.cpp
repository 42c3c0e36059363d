// CIN rule 8750: an unborn child (expected date of birth, no date of birth) must have sex
// recorded as not known: U from 2024-25, 0 before (the rule then said "Gender must equal 0").
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int sex = cin_rules::sex_column(children), born = children.column("PersonBirthDate"),
            expected = children.column("ExpectedPersonBirthDate");
  const std::string_view not_known = cin_rules::sex_not_known(r);
  for (std::size_t row = 0; row < children.rows(); ++row)
    if (children.blank(row, born) && !children.blank(row, expected) && children.text(row, sex) != not_known)
      found.flag(children, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8750",
    .message = "Sex must equal U for an unborn child",
    .tables = "ChildIdentifiers",
    .fields = "Sex,PersonBirthDate,ExpectedPersonBirthDate",
    .check = check,
    .examples = {R"(
year 2025
--- ChildIdentifiers
LAchildID,GenderCurrent,PersonBirthDate,ExpectedPersonBirthDate
1,U,,2025-06-01
! 2,F,,2025-06-01
! 3,,,2025-06-01
4,F,2020-01-01,
)",
                 R"(
year 2024
--- ChildIdentifiers
LAchildID,GenderCurrent,PersonBirthDate,ExpectedPersonBirthDate
1,0,,2024-06-01
! 2,U,,2024-06-01
)"},
}};

}  // namespace
}  // namespace lens::validation
