// CIN rule 8770Q (as changed for 2024-25): a child of school age (born on or before the
// reference date less 4 years) with a referral that went on to further action should have a UPN
// or a reason it is unknown other than UN1 ("not of school age").
// Doubt: the sector's validator takes school age as born on or before 31 August four years
// before the census year ends (so five months wider); we take the DfE's "ReferenceDate minus 4
// years".
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const OptDate reference = collection_end(r);
  if (!reference) return;
  const Date school_age = add_years(*reference, -4);
  const auto further_action = cin_rules::children_with_further_action(r);
  const Table& children = r.table("ChildIdentifiers");
  const int upn = children.column("UPN"), unknown = children.column("UPNunknown"), born = children.column("PersonBirthDate");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    const OptDate b = children.date(row, born);
    if (!b || *b > school_age || !children.blank(row, upn) || !further_action.contains(children.child(row))) continue;
    std::string_view reason = children.text(row, unknown);
    const bool school_age_reason = reason.size() == 3 && reason.starts_with("UN") && reason[2] >= '2' && reason[2] <= '7';
    if (!school_age_reason) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "8770Q",
    .severity = Severity::Warning,
    .message =
        "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 "
        "for a child who is of school age.",
    .tables = "ChildIdentifiers",
    // The DfE lists UPNunknown twice; the UPN is the other field at fault.
    .fields = "UPN,UPNunknown",
    .check = check,
    .examples = {R"(
# 2024-25: school age is born on or before 2021-03-31. 1: too young. 2: has a UPN. 3: UN2.
# 4: nothing (queried). 5: UN1, which says "not of school age" (queried). 6: born on the day.
# 7: UN8 is no reason, but the only referral was NFA.
year 2025
--- ChildIdentifiers
LAchildID,PersonBirthDate,UPN,UPNunknown
1,2021-04-01,,
2,2015-01-01,V301200116001,
3,2015-01-01,,UN2
! 4,2015-01-01,,
! 5,2015-01-01,,UN1
! 6,2021-03-31,,
7,2015-01-01,,UN8
--- CINdetails
LAchildID,CINdetailsID,ReferralNFA
1,1,false
2,1,false
3,1,0
4,1,0
5,1,false
5,2,true
6,1,false
7,1,true
)"},
}};

}  // namespace
}  // namespace lens::validation
