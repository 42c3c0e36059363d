// CIN rule 8640: a reason for closure, where present, must be a code of the Reason for Closure
// list (RC9 from 2022-23).
#include "returns/cin/cin_codes.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int reason = episodes.column("ReasonForClosure");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    std::string_view code = episodes.text(row, reason);
    if (!code.empty() && !lens::cin::is_valid_code(lens::cin::CodeList::ReasonForClosure, code))
      found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8640",
    .message = "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)",
    .tables = "CINdetails",
    .fields = "ReasonForClosure",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,CINclosureDate,ReasonForClosure
A,1,2023-06-01,RC1
A,2,2023-07-01,RC9
! B,1,2023-06-01,RC10
! B,2,2023-06-01,rc1
C,1,,
)"},
}};

}  // namespace
}  // namespace lens::validation
