// 903 rule 336: a placement for adoption with the current foster carers (A3 or A5) follows a
// foster placement or another placement for adoption (A3 to A6, U1 to U6). A child's first
// episode (by DECOM) has nothing before it and is not checked.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE");
  for (const auto& [child, rows] : s903::episodes_in_date_order(eps))
    for (std::size_t i = 1; i < rows.size(); ++i)
      if (s903::one_of(eps.text(rows[i], place), {"A3", "A5"}) &&
          !s903::one_of(eps.text(rows[i - 1], place),
                        {"A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"}))
        found.flag(eps, rows[i]);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "336",
    .message = "Child does not have a foster placement immediately prior to being placed for adoption.",
    .tables = "Episodes",
    .fields = "PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,DECOM,PLACE
1,01/01/2020,U1
1,11/01/2020,T1
! 1,22/01/2020,A3
2,11/01/2020,A5
2,01/01/2020,U1
3,01/01/2020,A3
! 4,11/01/2020,A5
4,01/01/2020,
5,01/01/2020,U4
5,11/01/2020,A4
)"},
}};

}  // namespace
}  // namespace lens::validation
