// CIN rule 1530: characters 2-4 of a UPN, where present, must be a post-April-1998 LA code or a
// recognised pseudo-LA code. The DfE's list (the 2023-24 ruleset added 942 and 943):
// 001-005, 201-213, 301-320, 330-336, 340-344, 350-359, 370-373, 380-384, 390-394, 420, 660-681,
// 701-708, 800-803, 805-808, 810-813, 815, 816, 820-823, 825, 826, 830, 831, 835-841, 845, 846,
// 850-852, 855-857, 860, 861, 865-896, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933,
// 935-938, 940, 941 (and 942, 943 from 2023-24). A UPN too short to have characters 2-4 fails.
#include <utility>

#include "validation/cin/cin_rule_support.hpp"

namespace lens::validation {
namespace {

constexpr std::pair<int, int> kRanges[] = {
    {1, 5},     {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
    {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 816},
    {820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861},
    {865, 896}, {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926}, {928, 929}, {931, 931},
    {933, 933}, {935, 938}, {940, 941}, {942, 943}};

bool recognised(std::string_view code, int collection_year) {
  if (code.size() != 3) return false;
  int n = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  if ((n == 942 || n == 943) && collection_year != 0 && collection_year < 2024) return false;
  for (auto [first, last] : kRanges)
    if (first <= n && n <= last) return true;
  return false;
}

void check(const ReturnTables& r, Findings& found) {
  const Table& children = r.table("ChildIdentifiers");
  const int upn = children.column("UPN");
  for (std::size_t row = 0; row < children.rows(); ++row) {
    std::string_view u = children.text(row, upn);
    if (!u.empty() && !recognised(u.substr(1, 3), r.collection_year)) found.flag(children, row);
  }
}

const RuleRegistration rule{{
    .kind = ReturnKind::CinCensus,
    .code = "1530",
    .message = "UPN invalid (characters 2-4 not a recognised LA code)",
    .tables = "ChildIdentifiers",
    .fields = "UPN",
    .check = check,
    .examples = {R"(
# 301 and 001 (a pseudo-LA) are codes; 421 and 814 are not; a letter among 2-4 is not; a
# three-character UPN has no characters 2-4 to recognise. 942 is a code from 2023-24.
year 2024
--- ChildIdentifiers
LAchildID,UPN
1,V301200116001
2,A001200116001
! 3,A421200116001
! 4,A814200116001
! 5,AX01200116001
! 6,A30
7,
8,A942200116001
)",
                 R"(
# In 2022-23, 942 was not yet on the list.
year 2023
--- ChildIdentifiers
LAchildID,UPN
! 1,A942200116001
2,A941200116001
)"},
}};

}  // namespace
}  // namespace lens::validation
