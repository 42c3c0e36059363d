// CIN rule 2883 (about the whole return): the child protection plans starting in the collection
// year must not outnumber the initial conferences held in it, counting the DateOfInitialCPC of
// both the CIN details and the Section 47 modules. Blank dates are not counted; with the year
// unknown, every date counts.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

std::size_t dates_in_year(const ReturnTables& r, std::string_view table, std::string_view column) {
  const Table& t = r.table(table);
  const int c = t.column(column);
  std::size_t n = 0;
  for (std::size_t row = 0; row < t.rows(); ++row) {
    const OptDate d = t.date(row, c);
    n += d && cin_rules::in_collection_year(r, *d);
  }
  return n;
}

void check(const ReturnTables& r, Findings& found) {
  const std::size_t plans = dates_in_year(r, "ChildProtectionPlans", "CPPstartDate");
  const std::size_t conferences =
      dates_in_year(r, "CINdetails", "DateOfInitialCPC") + dates_in_year(r, "Section47", "DateOfInitialCPC");
  if (plans > conferences) found.flag_return();
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2883",
    .message = "There are more child protection plans starting than initial conferences taking place",
    .tables = "ChildProtectionPlans",
    .fields = "CPPstartDate,DateOfInitialCPC",
    .check = check,
    .examples = {R"(
# Three plans start in 2023-24 (1 April and 31 March included; one from 2023-03-31 is last
# year's); two conferences in the year (one at each level; the one on 2023-03-31 is last year's).
year 2024
! return
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
A,1,1,2023-04-01
B,1,1,2024-03-31
C,1,1,2023-03-31
D,1,1,2023-09-01
--- CINdetails
LAchildID,CINdetailsID,DateOfInitialCPC
A,1,2023-04-01
C,1,2023-03-31
--- Section47
LAchildID,CINdetailsID,DateOfInitialCPC
B,1,2024-03-31
D,1,
)",
                 R"(
# As many conferences as plans: fine.
year 2024
--- ChildProtectionPlans
LAchildID,CINdetailsID,CPPID,CPPstartDate
A,1,1,2023-04-01
--- Section47
LAchildID,CINdetailsID,DateOfInitialCPC
A,1,2023-04-01
)"},
}};

}  // namespace
}  // namespace lens::validation
