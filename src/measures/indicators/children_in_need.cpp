// children_in_need.cpp — children in need at the end of the period, and CIN episodes closed.
// Spec: spec/indicators.md, "From the CIN census", rows `cin_at_end`, `cin_at_end_rate`,
// `cin_closed_by_reason`.
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

// Distinct children with an episode open at the end whose referral was not ReferralNFA; the
// primary need reported is that of the latest such episode.
void children_in_need_at_end(const Scope& s, Tally& t) {
  const auto& e = s.snapshot().episodes();
  // Latest referral first, so the first open episode met for a child is its latest one. A plain
  // scan of the referrals up to the end: sequential, faster than the closure index here.
  ChildSet seen = s.child_set();
  s.episodes_referred_by_end().for_each_reverse([&](std::uint32_t r) {
    if (e.closure[r] > s.end() && !e.has(r, EpisodeColumns::kNfa) && seen.insert(e.child[r]))
      t.add({e.child[r], s.end(), e.need[r]});
  });
}

const IndicatorRegistration at_end({
    .order = 128,
    .id = "cin_at_end",
    .title = "Children in need at the end of the period",
    .definition = "Distinct children with a CIN episode open at the end whose referral was not ReferralNFA; "
                  "broken down by primary need (N0 to N9).",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = child_dims_and({Dim::PrimaryNeed}),
    .always = {Dim::PrimaryNeed},
    .rate_of = {},
    .benchmark = "DfE children in need table B1 `At31_episodes` for periods ending 31 March. The DfE counts "
                 "episodes (a child with two open episodes counts twice); Lens counts children.",
    .compute = children_in_need_at_end,
});

const IndicatorRegistration at_end_rate({
    .order = 129,
    .id = "cin_at_end_rate",
    .title = "Children in need per 10,000 children",
    .definition = "`cin_at_end` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "cin_at_end",
    .benchmark = "LAIT `CIN` (DfE B1 `At31_episodes_rate`): episodes, not children, as for `cin_at_end`.",
    .compute = nullptr,
});

const IndicatorRegistration closed({
    .order = 130,
    .id = "cin_closed_by_reason",
    .title = "CIN episodes closed, by reason",
    .definition = "CIN episodes with CINclosureDate in the period, by ReasonForClosure (RC1 to RC9).",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {Dim::ClosureReason},
    .rate_of = {},
    .benchmark = "DfE children in need table B1 `Ended_episodes` (all reasons together); the split by reason "
                 "is published nationally only.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().episodes();
      for (std::uint32_t r : s.episodes_closed_in_period()) t.add({e.child[r], e.closure[r], e.reason[r]});
    },
});

}  // namespace
}  // namespace lens::measures
