// looked_after.cpp — children looked after at the end of the period, and the unaccompanied
// asylum-seeking children among them.
// Spec: spec/indicators.md, "From the SSDA903 return", rows `lac_at_end`, `lac_at_end_rate` and
// `uasc_at_end`. Short breaks (V3, V4) are not in the snapshot. The legal status and placement
// type are those of the episode open on the last day; a child is UASC at end when a UASC record
// covers that day (snapshot.hpp, LookedAfterColumns).
#include "measures/indicator.hpp"
#include "measures/indicators/looked_after_rows.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

const std::vector<Dim> kAtEndDims = child_dims_and({Dim::LegalStatus, Dim::PlacementType, Dim::Uasc});

const IndicatorRegistration at_end({
    .order = 201,
    .id = "lac_at_end",
    .title = "Children looked after at the end of the period",
    .definition = "Distinct children with an episode of care open at the end of the period (short breaks "
                  "excluded); broken down by legal status, placement type, age band, gender, ethnic group and "
                  "UASC.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kAtEndDims,
    .always = {Dim::LegalStatus},
    .rate_of = {},
    .benchmark = "DfE children looked after, `Children looked after on 31 March each year` (LAIT `LACnum`) for "
                 "periods ending 31 March. Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      for (const auto& c : children_looked_after_at_end(s)) t.add({.child = c.child, .at = s.end(), .lac_episode = c.episode});
    },
    .source = Source::Ssda903,
});

const IndicatorRegistration at_end_rate({
    .order = 202,
    .id = "lac_at_end_rate",
    .title = "Children looked after per 10,000 children",
    .definition = "`lac_at_end` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "lac_at_end",
    .benchmark = "DfE children looked after `rate_per_10000` (LAIT `LAC`). Same definition and population series.",
    .compute = nullptr,
    .source = Source::Ssda903,
});

const IndicatorRegistration uasc_at_end({
    .order = 221,
    .id = "uasc_at_end",
    .title = "Unaccompanied asylum-seeking children looked after at the end of the period",
    .definition = "Of `lac_at_end`, the unaccompanied asylum-seeking children: a UASC record covers the last day "
                  "(from the start of its collection year until the date UASC status ceased, if any).",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = child_dims_and({Dim::LegalStatus, Dim::PlacementType}),
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `Unacc_Asylmn_Seek_Childn` (UASC looked after at 31 March). Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      for (const auto& c : children_looked_after_at_end(s))
        if (s.snapshot().uasc(c.child, s.end())) t.add({.child = c.child, .at = s.end(), .lac_episode = c.episode});
    },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
