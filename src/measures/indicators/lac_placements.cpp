// lac_placements.cpp — placement stability: short term (3 or more placements during the period)
// and long term (2.5 years looked after, 2 years in the same placement).
// Spec: spec/indicators.md, "From the SSDA903 return", rows `lac_3plus_placements_pct` and
// `lac_long_term_stability_pct`.
// A placement is a run of episodes without a placement change (snapshot.hpp, kNewPlacement: the
// first episode of a period of care, or RNE P, B, T or U with a different placement). It counts
// as "during the period" when it was open on any day of it: started on or before the last day
// and ended on or after the first (a move on the first day counts both placements; a move the
// day after the end is not in the period). Placements of every period of care count.
// Long term: children under 16 at the end (a child with no birth date is left out) whose period
// of care open at the end started at least 2.5 years before (end >= start + 30 months, clamped
// to the month's end); in the numerator when their placement at the end had lasted 2 years
// (end >= placement start + 2 years), or they were placed for adoption at the end: placement
// A3-A6, or a PlacedAdoption decision that stood on the last day.
#include "measures/indicator.hpp"
#include "measures/indicators/looked_after_rows.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

// Placements of the child open on any day of the period, up to and including the one of `at_end`.
int placements_during(const LacEpisodeColumns& e, std::uint32_t at_end, std::int32_t from, std::int32_t to) {
  int n = 0;
  std::uint32_t first = first_episode_of_child(e, at_end);
  for (std::uint32_t r = first; r <= at_end; ++r) {
    if (!e.has(r, LacEpisodeColumns::kNewPlacement)) continue;
    std::uint32_t last = r;  // the placement's last episode
    while (last < at_end && !e.has(last + 1, LacEpisodeColumns::kNewPlacement)) ++last;
    if (e.start[r] <= to && e.end[last] >= from) ++n;
  }
  return n;
}

bool decision_stands(const LookedAfterColumns& la, std::uint32_t row, std::int32_t day) {
  for (std::uint32_t k = la.decision_offset[row]; k < la.decision_offset[row + 1]; ++k)
    if (la.decided[k] <= day && day < la.reversed[k]) return true;
  return false;
}

const IndicatorRegistration three_plus({
    .order = 207,
    .id = "lac_3plus_placements_pct",
    .title = "Children looked after with 3 or more placements during the period",
    .definition = "Of `lac_at_end`, children with 3 or more placements during the period (every placement open on "
                  "any day of it).",
    .unit = Unit::Percent,
    .polarity = Polarity::Down,
    .breakdowns = child_dims_and({Dim::LegalStatus, Dim::PlacementType, Dim::Uasc}),
    .always = {},
    .rate_of = {},
    .benchmark = "DfE placement stability `With 3 or more placements during the year` of `CLA on 31 March` "
                 "(LAIT `LACStable_2016on`). The DfE does not count a move to adoption with the same foster "
                 "carers as a placement change; Lens does when the placement code changes (RNE T).",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().lac_episodes();
      for (const auto& c : children_looked_after_at_end(s))
        t.add({.child = c.child, .at = s.end(), .lac_episode = c.episode},
              placements_during(e, c.episode, s.start(), s.end()) >= 3);
    },
    .source = Source::Ssda903,
});

const IndicatorRegistration long_term({
    .order = 208,
    .id = "lac_long_term_stability_pct",
    .title = "Long-term placement stability",
    .definition = "Of children under 16 at the end looked after continuously for 2.5 years or more, those in the "
                  "same placement for 2 years or more, or placed for adoption.",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = child_dims_and({Dim::LegalStatus, Dim::PlacementType, Dim::Uasc}),
    .always = {},
    .rate_of = {},
    .benchmark = "DfE placement stability `Living with the same carer for at least 2 years` of children looked "
                 "after continuously for 2.5 years aged under 16 (LAIT `LAC_LongStable%`). The DfE counts a child "
                 "placed for adoption only when the adoptive placement and the one before it together lasted 2 "
                 "years; the spec counts every child placed for adoption.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& snap = s.snapshot();
      const auto& e = snap.lac_episodes();
      const auto& ch = snap.children();
      for (const auto& c : children_looked_after_at_end(s)) {
        const std::int32_t birth = ch.birth[c.child];
        if (birth == kNever || birth > s.end()) continue;
        if (age_in_years(Date::from_days(birth), Date::from_days(s.end())) >= 16) continue;
        if (plus_months(e.start[c.period], 30) > s.end()) continue;  // not yet 2.5 years
        const bool same_placement = add_years(Date::from_days(e.start[c.placement]), 2).days() <= s.end();
        const bool adoption = e.has(c.episode, LacEpisodeColumns::kAdoptive) ||
                              decision_stands(snap.looked_after(), ch.looked_after[c.child], s.end());
        t.add({.child = c.child, .at = s.end(), .lac_episode = c.episode}, same_placement || adoption);
      }
    },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
