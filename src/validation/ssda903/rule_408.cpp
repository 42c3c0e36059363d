// 903 rule 408: a child placed for adoption with a placement order (A5, A6) must have the legal
// status of a placement order (E1).
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int place = eps.column("PLACE"), ls = eps.column("LS");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    std::string_view p = eps.text(row, place);
    if ((p == "A5" || p == "A6") && eps.text(row, ls) != "E1") found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "408",
    .message = "Child is placed for adoption with a placement order, but no placement order has been recorded.",
    .tables = "Episodes",
    .fields = "PLACE,LS",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,PLACE,LS
! 1,A5,C2
2,A6,E1
! 3,A6,
4,A3,C2
5,U1,
)"},
}};

}  // namespace
}  // namespace lens::validation
