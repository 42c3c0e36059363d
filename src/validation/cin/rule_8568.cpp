// CIN rule 8568: ReferralNFA must be present and a boolean as the schema's yesnotype spells it:
// true, false, TRUE, FALSE, 1 or 0 (CIN_schema_2017..2024.xsd).
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int nfa = episodes.column("ReferralNFA");
  for (std::size_t row = 0; row < episodes.rows(); ++row) {
    std::string_view f = episodes.text(row, nfa);
    if (!cin_rules::is_true(f) && !cin_rules::is_false(f)) found.flag(episodes, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8568",
    .message = "RNFA flag is missing or invalid",
    .tables = "CINdetails",
    .fields = "ReferralNFA",
    .check = check,
    .examples = {R"(
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA
A,1,true
A,2,false
B,1,1
B,2,0
# The schema allows TRUE and FALSE too, as the census reader does.
B,3,TRUE
B,4,FALSE
! C,1,
! C,2,yes
! C,3,True
)"},
}};

}  // namespace
}  // namespace lens::validation
