// 903 rule 503D: a child whose last episode of last year was still open carries it on into this
// year, so this year's first episode must have the same placement type (PLACE). In 2024-25 only,
// a move from H5 (a code dropped that year) to K3 is the same placement renamed.
#include "validation/rule.hpp"
#include "validation/ssda903/ssda903_rules_400_support.hpp"

namespace lens::validation {
namespace {

bool renamed(std::string_view now, std::string_view then) { return now == "K3" && then == "H5"; }

void check(const ReturnTables& r, Findings& found) {
  ssda903_rules::flag_first_episode_unlike_open_last(r, "PLACE", found, r.collection_year == 2025 ? renamed : nullptr);
}

const RuleRegistration rule{{
    .kind = ReturnKind::Ssda903,
    .code = "503D",
    .message = "The placement type in the first episode does not match open episode at end of last year",
    .tables = "Episodes",
    .fields = "PLACE",
    .check = check,
    .examples = {R"(
# 1: the placement type changed; 2: the same; 3: last year's episode had ended; 4: H5 to K3
# outside 2024-25 is a change.
--- Episodes_last
CHILD,DECOM,DEC,PLACE
1,01/06/2020,,U1
2,01/06/2020,,U1
3,01/06/2020,01/03/2021,U1
4,01/06/2020,,H5
--- Episodes
CHILD,DECOM,DEC,PLACE
! 1,01/06/2020,,U2
2,01/06/2020,,U1
3,01/04/2021,,U2
! 4,01/06/2020,,K3
)",
                 R"(
# In 2024-25 an open H5 placement carried on as K3 passes; H5 to K2 does not.
year 2025
--- Episodes_last
CHILD,DECOM,DEC,PLACE
1,01/06/2023,,H5
2,01/06/2023,,H5
--- Episodes
CHILD,DECOM,DEC,PLACE
1,01/06/2023,,K3
! 2,01/06/2023,,K2
)"},
}};

}  // namespace
}  // namespace lens::validation
