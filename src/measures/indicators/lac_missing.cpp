// lac_missing.cpp — looked-after children who went missing, or were away without authorisation:
// children and episodes.
// Spec: spec/indicators.md, "From the SSDA903 return", row `lac_missing_children` ("also
// episodes and away episodes"): ids `lac_missing_children`, `lac_missing_episodes`,
// `lac_away_children`, `lac_away_episodes`.
// An episode counts when its MIS_START is in the period and falls within one of the child's
// periods of care (both ends inclusive; short breaks are not periods of care), so a child
// only ever on short breaks is not counted. Children are distinct; their age is at the first
// such episode in the period.
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

void count(const Scope& s, Tally& t, LacMissingColumns::Flag kind, bool distinct_children) {
  const auto& m = s.snapshot().lac_missing();
  ChildSet seen = s.child_set();
  for (std::uint32_t r : s.lac_missing_started_in_period()) {
    if ((m.flags[r] & kind) == 0 || (m.flags[r] & LacMissingColumns::kWhileLookedAfter) == 0) continue;
    if (distinct_children && !seen.insert(m.child[r])) continue;
    t.add({.child = m.child[r], .at = m.start[r]});
  }
}

const IndicatorRegistration missing_children({
    .order = 209,
    .id = "lac_missing_children",
    .title = "Looked-after children who went missing",
    .definition = "Distinct looked-after children with a missing (M) episode starting in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `Children_missing` is a percentage of all children looked after during the year, not a "
                 "count: not compared.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacMissingColumns::kMissing, true); },
    .source = Source::Ssda903,
});

const IndicatorRegistration missing_episodes({
    .order = 210,
    .id = "lac_missing_episodes",
    .title = "Missing episodes of looked-after children",
    .definition = "Missing (M) episodes of looked-after children starting in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "None in the reference data.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacMissingColumns::kMissing, false); },
    .source = Source::Ssda903,
});

const IndicatorRegistration away_children({
    .order = 211,
    .id = "lac_away_children",
    .title = "Looked-after children away from placement without authorisation",
    .definition = "Distinct looked-after children with an away-without-authorisation (A) episode starting in the "
                  "period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `Children_Away` is a percentage of all children looked after during the year, not a "
                 "count: not compared.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacMissingColumns::kAway, true); },
    .source = Source::Ssda903,
});

const IndicatorRegistration away_episodes({
    .order = 212,
    .id = "lac_away_episodes",
    .title = "Away-without-authorisation episodes of looked-after children",
    .definition = "Away-without-authorisation (A) episodes of looked-after children starting in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "None in the reference data.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacMissingColumns::kAway, false); },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
