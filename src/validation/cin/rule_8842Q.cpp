// CIN rule 8842Q: a review record should have its date.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& reviews = r.table("Reviews");
  const int date = reviews.column("CPPreviewDate");
  for (std::size_t row = 0; row < reviews.rows(); ++row)
    if (reviews.blank(row, date)) found.flag(reviews, row);
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8842Q",
    .severity = Severity::Warning,
    .message = "Please check and either amend or provide a reason: Review Record has a missing date",
    .tables = "Reviews",
    .fields = "CPPreviewDate",
    .check = check,
    .examples = {R"(
--- Reviews
LAchildID,CINdetailsID,CPPID,CPPreviewDate
A,1,1,2023-05-02
! A,1,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
