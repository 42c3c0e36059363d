// 903 rule 392c: home and placement postcodes, when given, have the shape of a UK postcode: an
// outward code (A9, A99, AA9, AA99, A9A or AA9A) and an inward code (9AA), with or without the
// space; the sector alone (9) is accepted too, as the 903 may carry partial postcodes. Whether
// the postcode exists is not checked: Lens has no postcode directory.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

bool letter(char c) { return c >= 'A' && c <= 'Z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

bool outward(std::string_view s) {
  // A9, A99, AA9, AA99, A9A, AA9A
  if (s.size() < 2 || s.size() > 4 || !letter(s[0])) return false;
  std::size_t i = letter(s[1]) ? 2 : 1;
  if (i >= s.size() || !digit(s[i])) return false;
  ++i;
  if (i < s.size() && (digit(s[i]) || letter(s[i]))) ++i;
  return i == s.size();
}

bool is_postcode(std::string_view s) {
  if (auto space = s.find(' '); space != std::string_view::npos) {
    const std::string_view in = s.substr(space + 1);
    const bool inward = (in.size() == 3 && digit(in[0]) && letter(in[1]) && letter(in[2])) || (in.size() == 1 && digit(in[0]));
    return inward && outward(s.substr(0, space));
  }
  return s.size() >= 5 && digit(s[s.size() - 3]) && letter(s[s.size() - 2]) && letter(s.back()) &&
         outward(s.substr(0, s.size() - 3));
}

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int home = eps.column("HOME_POST"), placed = eps.column("PL_POST");
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const std::string_view h = eps.text(row, home), p = eps.text(row, placed);
    if ((!h.empty() && !is_postcode(h)) || (!p.empty() && !is_postcode(p))) found.flag(eps, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "392c",
    .message = "Postcode(s) provided are invalid.",
    .tables = "Episodes",
    .fields = "HOME_POST,PL_POST",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,HOME_POST,PL_POST
1,AB1 0JD,AB10JD
2,M1 1AE,EC1A 1BB
3,W1A 0AX,LS1 4
4,,
! 5,invalid,AB1 0JD
! 6,AB1 0JD,12345
! 7,AB1 0J,AB1 0JD
)"},
}};

}  // namespace
}  // namespace lens::validation
