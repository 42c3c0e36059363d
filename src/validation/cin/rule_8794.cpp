// CIN rule 8794: a child cannot have the same disability code twice; every row of a repeated
// code is flagged.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& disabilities = r.table("Disabilities");
  cin_rules::flag_repeated_codes(found, disabilities, rows_by_child(disabilities), disabilities.column("Disability"));
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8794",
    .message = "Child has two or more disabilities with the same code",
    .tables = "Disabilities",
    .fields = "Disability",
    .check = check,
    .examples = {R"(
--- Disabilities
LAchildID,Disability
1,MOB
1,HAND
! 2,VIS
2,MOB
! 2,VIS
3,VIS
)"},
}};

}  // namespace
}  // namespace lens::validation
