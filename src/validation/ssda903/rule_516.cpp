// 903 rule 516: an episode that ended in a special guardianship order to former foster carers
// (E45, E46) must have been a foster placement (U1..U6).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

bool foster(std::string_view place) {
  return place.size() == 2 && place[0] == 'U' && place[1] >= '1' && place[1] <= '6';
}

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int rec = eps.column("REC"), place = eps.column("PLACE");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view reason = eps.text(row, rec);
    if ((reason == "E45" || reason == "E46") && !foster(eps.text(row, place))) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "516",
    .message = "The episode data submitted for this child does not show that he/she was with their former foster "
               "carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a "
               "placement code of U1 to U6.",
    .tables = "Episodes",
    .fields = "REC,PLACE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,REC,PLACE
1,E45,U1
2,E46,U6
3,,R1
! 4,E45,R1
! 5,E46,
6,E2,K2
)"},
}};

}  // namespace
}  // namespace lens::validation
