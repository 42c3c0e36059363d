// CIN rule 1510: a UPN, where present, must carry the right check letter (core/upn.hpp: the
// DfE's weighting of characters 2-13, modulo 23). A UPN whose characters 2-13 are not of the
// UPN shape has no computable check letter; rules 1540 and 1550 report those.
// The sector's validator maps the remainder onto 21 letters, so remainders 21 and 22 (Y, Z) are
// never accepted there; the DfE's table has all 23 and so do we.
#include "core/upn.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int upn = children.column("UPN");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    std::string_view u = children.text(row, upn);
    if (u.size() != 13) continue;
    const std::optional<char> letter = upn_check_letter(u.substr(1));
    if (letter && *letter != u[0]) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1510",
    .message = "UPN invalid (wrong check letter at character 1)",
    .tables = "ChildIdentifiers",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
# V301200116001 is right (worked in core/upn.hpp's test: 110 mod 23 = 18 = V); A in its place is
# wrong. F30120011600A is a right temporary UPN (letter A counts 0 at position 13: 97 mod 23 = 5,
# F). A blank UPN and one with a letter inside are not this rule's business.
--- ChildIdentifiers
LAchildID,UPN
1,V301200116001
! 2,A301200116001
3,F30120011600A
! 4,V30120011600A
5,
6,V3012X0116001
)"},
}};

}  // namespace
}  // namespace lens::validation
