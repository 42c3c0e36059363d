// lac_entries.cpp — children starting to be looked after: periods of care started, and the
// shares that began under police protection or section 20.
// Spec: spec/indicators.md, "From the SSDA903 return", rows `lac_started`,
// `lac_started_police_protection_pct`, `lac_started_s20_pct`.
// A period of care starts with an episode that does not continue one ending the same day
// (snapshot.hpp); it is counted when that episode has RNE S and its DECOM is in the period. An
// RNE S episode that starts the day the previous one ended is the same period of care, not a
// new entry. "First legal status" is that first episode's LS.
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

const std::vector<Dim> kEntryDims = child_dims_and({Dim::LegalStatus, Dim::PlacementType, Dim::Uasc});

template <class Visit>
void each_entry(const Scope& s, Visit visit) {
  const auto& e = s.snapshot().lac_episodes();
  for (std::uint32_t r : s.lac_episodes_started_in_period())
    if (e.has(r, LacEpisodeColumns::kPeriodStart) && e.has(r, LacEpisodeColumns::kEntry)) visit(r);
}

Item entry_item(const LacEpisodeColumns& e, std::uint32_t r) {
  return {.child = e.child[r], .at = e.start[r], .lac_episode = r};
}

const IndicatorRegistration started({
    .order = 203,
    .id = "lac_started",
    .title = "Periods of care started",
    .definition = "Periods of care started in the period: episodes with RNE S and DECOM in the period that do not "
                  "continue an episode ending the same day (short breaks excluded).",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kEntryDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE `Children starting to be looked after each year` (LAIT `LACnum_Start`). The DfE counts "
                 "children (one who starts twice in a year counts once); Lens counts periods of care, as the spec "
                 "says.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().lac_episodes();
      each_entry(s, [&](std::uint32_t r) { t.add(entry_item(e, r)); });
    },
    .source = Source::Ssda903,
});

const IndicatorRegistration police({
    .order = 204,
    .id = "lac_started_police_protection_pct",
    .title = "Periods of care that began under police protection",
    .definition = "Of `lac_started`, those whose first legal status was L1 (under police protection and in local "
                  "authority accommodation): the seeds' \"admissions through police powers of protection\".",
    .unit = Unit::Percent,
    .polarity = Polarity::Down,
    .breakdowns = child_dims_and({Dim::Uasc}),
    .always = {},
    .rate_of = {},
    .benchmark = "No published local authority figure in the reference data.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().lac_episodes();
      const std::uint8_t l1 = encode(Dim::LegalStatus, "L1");
      each_entry(s, [&](std::uint32_t r) { t.add(entry_item(e, r), e.legal_status[r] == l1); });
    },
    .source = Source::Ssda903,
});

const IndicatorRegistration section20({
    .order = 205,
    .id = "lac_started_s20_pct",
    .title = "Periods of care that began under section 20",
    .definition = "Of `lac_started`, those whose first legal status was V2 (single period of accommodation under "
                  "section 20).",
    .unit = Unit::Percent,
    .polarity = Polarity::None,
    .breakdowns = child_dims_and({Dim::Uasc}),
    .always = {},
    .rate_of = {},
    .benchmark = "No published local authority figure in the reference data.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& e = s.snapshot().lac_episodes();
      const std::uint8_t v2 = encode(Dim::LegalStatus, "V2");
      each_entry(s, [&](std::uint32_t r) { t.add(entry_item(e, r), e.legal_status[r] == v2); });
    },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
