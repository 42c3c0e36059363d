// 903 rule 440: participation code PN0 means the child was under 4 at the review; a review after
// the 4th birthday cannot carry it (on the birthday itself still may).
#include "core/date.hpp"
#include "validation/rule.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& reviews = r.table("Reviews");
  const int dob = reviews.column("DOB"), review = reviews.column("REVIEW"), code = reviews.column("REVIEW_CODE");
  for (std::size_t row = 0; row < reviews.rows(); ++row) {
    OptDate birth = reviews.date(row, dob), held = reviews.date(row, review);
    if (reviews.text(row, code) == "PN0" && birth && held && *held > add_years(*birth, 4)) found.flag(reviews, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "440",
    .message = "Participation method indicates child was under 4 years old at the time of the review, but date of birth "
               "and review date indicates the child was 4 years old or over.",
    .tables = "Reviews",
    .fields = "DOB,REVIEW,REVIEW_CODE",
    .check = check,
    .examples = {R"(
# 1: the day before the 4th birthday; 2: on it; 3: the day after; 4: no review date; 5: PN1.
--- Reviews
CHILD,DOB,REVIEW,REVIEW_CODE
1,01/01/2004,31/12/2007,PN0
2,01/01/2004,01/01/2008,PN0
! 3,01/01/2004,02/01/2008,PN0
4,01/01/2004,,PN0
5,01/01/2004,01/01/2020,PN1
)"},
}};

}  // namespace
}  // namespace lens::validation
