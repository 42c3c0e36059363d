// lac_ceased.cpp — periods of care that ended, by the reason they ended.
// Spec: spec/indicators.md, "From the SSDA903 return", row `lac_ceased_by_reason`.
// A period of care ends with its last episode (episodes joined end to start on the same day,
// snapshot.hpp); it is counted when that episode's DEC is in the period, under its REC. A last
// episode with REC X1 ("a new episode begins the same day") whose next episode is not in the
// data is counted under X1, so the gap shows rather than vanishing. Age is at the end date.
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

const IndicatorRegistration ceased({
    .order = 206,
    .id = "lac_ceased_by_reason",
    .title = "Periods of care ended, by reason",
    .definition = "Periods of care ended in the period (the last episode's DEC in the period), by the REC of that "
                  "episode; short breaks excluded.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = child_dims_and({Dim::ReasonCeased}),
    .always = {Dim::ReasonCeased},
    .rate_of = {},
    .benchmark = "DfE `Children ceasing to be looked after each year` (LAIT `LACceased`), all reasons. The DfE "
                 "counts children, by the last time each ceased in the year; Lens counts periods of care.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().lac_episodes();
      for (std::uint32_t r : s.lac_episodes_ended_in_period())
        if (e.has(r, LacEpisodeColumns::kPeriodEnd))
          t.add({.child = e.child[r], .at = e.end[r], .code = e.reason_ceased[r], .lac_episode = r});
    },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
