// CIN rule 2886Q (about the whole return): no more than 2% of children, leaving out unborn
// children (those with an expected date of birth), should have no sex recorded (blank, or the
// "not known" code: U from 2024-25, 0 before).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int sex = cin_rules::sex_column(children), expected = children.column("ExpectedPersonBirthDate");
  const std::string_view not_known = cin_rules::sex_not_known(r);
  std::size_t unrecorded = 0;
  for (std::size_t row = 0; row < children.rows(); ++row) {
    std::string_view s = children.text(row, sex);
    unrecorded += (s.empty() || s == not_known) && children.blank(row, expected);
  }
  // unrecorded / children > 2%, in whole numbers.
  if (unrecorded * 50 > children.rows()) found.flag_return();
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2886Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more "
        "than 2% (excluding unborns)",
    .tables = "ChildIdentifiers",
    // The DfE lists ExpectedPersonBirthDate and the sex element.
    .fields = "ExpectedPersonBirthDate,Sex",
    .check = check,
    .examples = {R"(
# 2 of 4 children (50%) have no sex recorded: one U, one blank. The unborn child (U with an
# expected date of birth) is not counted among them.
year 2025
! return
--- ChildIdentifiers
LAchildID,GenderCurrent,ExpectedPersonBirthDate
1,U,
2,,
3,M,
4,U,2025-06-01
)",
                 R"(
# 1 of 50 children is exactly 2%: not more than 2%, so fine. (2023-24: 0 is not known.)
year 2024
--- ChildIdentifiers
LAchildID,GenderCurrent,ExpectedPersonBirthDate
1,0,
2,1,
3,2,
4,1,
5,2,
6,1,
7,2,
8,1,
9,2,
10,1,
11,2,
12,1,
13,2,
14,1,
15,2,
16,1,
17,2,
18,1,
19,2,
20,1,
21,2,
22,1,
23,2,
24,1,
25,2,
26,1,
27,2,
28,1,
29,2,
30,1,
31,2,
32,1,
33,2,
34,1,
35,2,
36,1,
37,2,
38,1,
39,2,
40,1,
41,2,
42,1,
43,2,
44,1,
45,2,
46,1,
47,2,
48,1,
49,2,
50,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
