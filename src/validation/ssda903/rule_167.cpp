// 903 rule 167: a review with a date must have a participation code of the list, and a row
// without a review date must have no code either.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& reviews = r.table("Reviews");
  const int review = reviews.column("REVIEW"), code = reviews.column("REVIEW_CODE");
  for (std::size_t row = 0; row < reviews.rows(); ++row) {
    const bool ok = reviews.blank(row, review)
                        ? reviews.blank(row, code)
                        : ssda903::is_valid_code(ssda903::CodeList::ReviewParticipation, reviews.text(row, code),
                                                 r.collection_year);
    if (!ok) found.flag(reviews, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "167",
    .message = "Data entry for participation is invalid or blank.",
    .tables = "Reviews",
    .fields = "REVIEW_CODE",
    .check = check,
    .examples = {R"(
--- Reviews
CHILD,REVIEW,REVIEW_CODE
1,12/12/2019,PN3
2,,
! 3,01/02/2020,pn0
! 4,05/07/2020,
! 5,,PN1
)"},
}};

}  // namespace
}  // namespace lens::validation
