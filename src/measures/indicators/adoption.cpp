// adoption.cpp — the time from entering care to moving in with the adoptive family, for children
// adopted in the period.
// Spec: spec/indicators.md, "From the SSDA903 return", row `adoption_days_entry_to_placement`.
// Children adopted in the period: periods of care that ended in it with REC E11 or E12. Days
// from the period of care's first DECOM to the start of the adoptive placement: the latest
// A3-A6 episode of the period, taken back to where that placement began (an A3-A6 episode that
// changed placement, or the first of an unbroken run of A3-A6 episodes). Left out: periods whose
// start the data does not hold (first episode not RNE S: they began before the years loaded),
// and periods with no A3-A6 episode. The median is reported beside the mean.
#include "measures/indicator.hpp"
#include "measures/indicators/looked_after_rows.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

// The first episode row of the adoptive placement of the period of care [first, last], or kNoRow.
std::uint32_t adoptive_placement(const LacEpisodeColumns& e, std::uint32_t first, std::uint32_t last) {
  for (std::uint32_t r = last + 1; r-- > first;) {
    if (!e.has(r, LacEpisodeColumns::kAdoptive)) continue;
    while (r > first && !e.has(r, LacEpisodeColumns::kNewPlacement) && e.has(r - 1, LacEpisodeColumns::kAdoptive)) --r;
    return r;
  }
  return kNoRow;
}

const IndicatorRegistration adoption_days({
    .order = 220,
    .id = "adoption_days_entry_to_placement",
    .title = "Days from entering care to moving in with the adoptive family",
    .definition = "Mean days from entering care (DECOM of the period of care) to the start of the A3-A6 adoptive "
                  "placement, over children adopted in the period (REC E11 or E12); the median beside it.",
    .unit = Unit::Days,
    .polarity = Polarity::Down,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "The DfE publishes England's average time from entry into care to placement for adoption only "
                 "nationally and in years and months: not imported.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().lac_episodes();
      const std::uint8_t e11 = encode(Dim::ReasonCeased, "E11"), e12 = encode(Dim::ReasonCeased, "E12");
      for (std::uint32_t r : s.lac_episodes_ended_in_period()) {
        if (!e.has(r, LacEpisodeColumns::kPeriodEnd)) continue;
        if (e.reason_ceased[r] != e11 && e.reason_ceased[r] != e12) continue;
        const std::uint32_t first = period_start_of(e, r);
        if (!e.has(first, LacEpisodeColumns::kEntry)) continue;
        const std::uint32_t placed = adoptive_placement(e, first, r);
        if (placed == kNoRow) continue;
        t.add_amount({.child = e.child[r], .at = e.end[r], .lac_episode = r}, e.start[placed] - e.start[first]);
      }
    },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
