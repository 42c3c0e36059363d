// 903 rule 399: a child looked after only on short breaks (every episode LS V3 or V4) has no
// mother status and no reviews; the header row and each review row with a date or participation
// code are flagged.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& eps = r.table("Episodes");
  const int ls = eps.column("LS");
  std::unordered_map<std::string_view, bool> only_short_breaks;
  for (std::size_t row = 0; row < eps.rows(); ++row) {
    const bool short_break = s903::one_of(eps.text(row, ls), {"V3", "V4"});
    auto [it, added] = only_short_breaks.emplace(eps.child(row), short_break);
    if (!added) it->second = it->second && short_break;
  }
  auto short_breaks_only = [&](std::string_view child) {
    auto it = only_short_breaks.find(child);
    return it != only_short_breaks.end() && it->second;
  };
  const Table& header = r.table("Header");
  const int mother = header.column("MOTHER");
  for (std::size_t row = 0; row < header.rows(); ++row)
    if (!header.blank(row, mother) && short_breaks_only(header.child(row))) found.flag(header, row);
  const Table& reviews = r.table("Reviews");
  const int review = reviews.column("REVIEW"), code = reviews.column("REVIEW_CODE");
  for (std::size_t row = 0; row < reviews.rows(); ++row)
    if ((!reviews.blank(row, review) || !reviews.blank(row, code)) && short_breaks_only(reviews.child(row)))
      found.flag(reviews, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "399",
    .message = "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.",
    .tables = "Episodes,Header,Reviews",
    .fields = "MOTHER,LS,REVIEW,REVIEW_CODE",
    .check = check,
    .examples = {R"(
--- Episodes
CHILD,LS
1,V3
1,V4
2,V3
2,C2
3,V4
--- Header
CHILD,MOTHER
! 1,0
2,0
3,
--- Reviews
CHILD,REVIEW,REVIEW_CODE
! 1,01/06/2020,PN1
2,01/06/2020,PN1
! 3,,PN0
)"},
}};

}  // namespace
}  // namespace lens::validation
