// CIN rule 8650: a primary need code, where present, must be a code of the Primary Need list
// (N0 to N9).
#include "returns/cin/cin_codes.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int need = episodes.column("PrimaryNeedCode");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    std::string_view code = episodes.text(row, need);
    if (!code.empty() && !lens::cin::is_valid_code(lens::cin::CodeList::PrimaryNeed, code)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8650",
    .message = "Primary Need Code invalid (see Primary Need table in CIN census code set)",
    .tables = "CINdetails",
    .fields = "PrimaryNeedCode",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,PrimaryNeedCode
A,1,N1
A,2,N0
! B,1,N10
! B,2,n1
C,1,
)"},
}};

}  // namespace
}  // namespace lens::validation
