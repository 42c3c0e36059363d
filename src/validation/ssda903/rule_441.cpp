// 903 rule 441: participation codes PN1..PN7 mean the child was 4 or over at the review; a review
// before the 4th birthday cannot carry them.
#include "core/date.hpp"
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

bool four_or_over_code(std::string_view c) {
  return c.size() == 3 && c.starts_with("PN") && c[2] >= '1' && c[2] <= '7';
}

void check(const ReturnTables& r, Findings& found) {
  const Table& reviews = r.table("Reviews");
  const int dob = reviews.column("DOB"), review = reviews.column("REVIEW"), code = reviews.column("REVIEW_CODE");
  for (std::size_t row = 0; row < reviews.rows(); ++row) {
    OptDate birth = reviews.date(row, dob), held = reviews.date(row, review);
    if (four_or_over_code(reviews.text(row, code)) && birth && held && *held < add_years(*birth, 4))
      found.flag(reviews, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "441",
    .message = "Participation method indicates child was 4 years old or over at the time of the review, but the date "
               "of birth and review date indicates the child was under 4 years old.",
    .tables = "Reviews",
    .fields = "DOB,REVIEW,REVIEW_CODE",
    .check = check,
    .examples = {R"(
# 1: the day before the 4th birthday fails; 2: on it passes; 3: no review date; 4: PN0; 5: PN7.
--- Reviews
CHILD,DOB,REVIEW,REVIEW_CODE
! 1,01/01/2004,31/12/2007,PN1
2,01/01/2004,01/01/2008,PN2
3,01/01/2004,,PN3
4,01/06/2014,01/01/2015,PN0
! 5,01/06/2014,01/01/2016,PN7
)"},
}};

}  // namespace
}  // namespace lens::validation
