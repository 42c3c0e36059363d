// CIN rule 2884: an initial conference must be recorded once, either on the Section 47 module or
// on the CIN details, not both. A Section 47 DateOfInitialCPC equal to a CIN details
// DateOfInitialCPC of the same child is the same conference recorded twice, and is flagged. As
// in the sector's validator, the dates are matched across the child's episodes, not only within
// one, since a conference is one event whichever episode it is written under.
#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

void check(const ReturnTables& r, Findings& found) {
  const Table& episodes = r.table("CINdetails");
  const int e_icpc = episodes.column("DateOfInitialCPC");
  std::unordered_map<std::string_view, std::vector<Date>> at_cin_level;
  for (std::size_t e = 0; e < episodes.rows(); ++e)
    if (const OptDate d = episodes.date(e, e_icpc)) at_cin_level[episodes.child(e)].push_back(*d);

  const Table& s47 = r.table("Section47");
  const int icpc = s47.column("DateOfInitialCPC");
  for (std::size_t row = 0; row < s47.rows(); ++row) {
    const OptDate d = s47.date(row, icpc);
    if (!d) continue;
    auto it = at_cin_level.find(s47.child(row));
    if (it == at_cin_level.end()) continue;
    for (Date other : it->second)
      if (other == *d) {
        found.flag(s47, row);
        break;
      }
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "2884",
    .message =
        "An initial child protection conference is recorded at both the S47 and CIN Details level and it "
        "should only be recorded in one",
    .tables = "Section47",
    .fields = "DateOfInitialCPC",
    .check = check,
    .examples = {R"(
# A: the same conference date at both levels (flagged), also when written under another
# episode. B: different dates at the two levels. C: a blank S47 date is not compared.
--- CINdetails
LAchildID,CINdetailsID,DateOfInitialCPC
A,1,2023-05-26
A,2,
B,1,2023-05-20
C,1,2023-05-26
--- Section47
LAchildID,CINdetailsID,S47ActualStartDate,DateOfInitialCPC
! A,1,2023-05-10,2023-05-26
! A,2,2023-05-11,2023-05-26
B,1,2023-06-01,2023-06-10
C,1,2023-05-01,
)"},
}};

}  // namespace
}  // namespace lens::validation
