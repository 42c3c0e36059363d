// CIN rule 8540: a born child (date of birth present) with at least one referral that went on
// to further action (ReferralNFA false or 0) must have one or more disabilities recorded, each a
// code of the Disability list (NONE included). A child with none recorded has the child's row
// flagged; each invalid code has its own row flagged.
#include "returns/cin/cin_codes.hpp"
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const auto further_action = cin_rules::children_with_further_action(r);
  const Table& disabilities = r.table("Disabilities");
  const int code = disabilities.column("Disability");
  const auto recorded = rows_by_child(disabilities);

  const Table& children = r.table("ChildIdentifiers");
  const int born = children.column("PersonBirthDate");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    if (children.blank(row, born) || !further_action.contains(children.child(row))) continue;
    auto it = recorded.find(children.child(row));
    if (it == recorded.end()) {
      found.flag(children, row);
      continue;
    }
    for (std::size_t d : it->second)
      if (!lens::cin::is_valid_code(lens::cin::CodeList::Disability, disabilities.text(d, code)))
        found.flag(disabilities, d);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8540",
    .message = "Child’s disability is missing or invalid (see Disability table)",
    .tables = "ChildCharacteristics",
    .fields = "Disability,PersonBirthDate,ReferralNFA",
    .check = check,
    .examples = {R"(
# 1: no disability recorded (flagged). 2: an invalid code and a blank (both flagged). 3: MOB and
# NONE are codes. 4: only an NFA referral. 5: unborn (no date of birth).
--- ChildIdentifiers
LAchildID,PersonBirthDate,ExpectedPersonBirthDate
! 1,2015-01-01,
2,2015-01-01,
3,2015-01-01,
4,2015-01-01,
5,,2024-06-01
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA
1,1,false
2,1,0
3,1,false
4,1,true
5,1,false
--- Disabilities
LAchildID,Disability
! 2,notreal
! 2,
2,MOB
3,MOB
3,NONE
)"},
}};

}  // namespace
}  // namespace lens::validation
