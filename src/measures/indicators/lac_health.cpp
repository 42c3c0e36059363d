// lac_health.cpp — health of children looked after for a year: health assessments, dental
// checks and immunisations up to date.
// Spec: spec/indicators.md, "From the SSDA903 return", row `lac_health_assessment_pct` ("likewise
// `lac_dental_check_pct`, `lac_immunisations_pct`").
// The cohort is the OC2 table of the collection year the period ends in (2016-17 -> the 2017
// return): the children looked after continuously for 12 months at 31 March, one row each. A
// row is in the numerator when HEALTH_ASSESSMENT (TEETH_CHECK, IMMUNISATIONS) is 1; blank or 0
// is not. Age is at the period's end.
#include "measures/indicator.hpp"
#include "measures/indicators/looked_after_rows.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

void count(const Scope& s, Tally& t, LacOutcomeColumns::Flag flag) {
  const auto& h = s.snapshot().lac_health();
  for (std::uint32_t r : s.lac_health_of_year(collection_year_of(s)))
    t.add({.child = h.child[r], .at = s.end()}, (h.flags[r] & flag) != 0);
}

const IndicatorRegistration health_assessment({
    .order = 214,
    .id = "lac_health_assessment_pct",
    .title = "Children looked after for a year with an up-to-date health assessment",
    .definition = "Of children looked after continuously for 12 months at the end (the OC2 table of the year), "
                  "those with an up-to-date health assessment (HEALTH_ASSESSMENT 1).",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE `Had their annual health assessment` of `Health assessments: Children looked after all "
                 "ages` (LAIT `LACHealth%`). Same cohort and definition.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacOutcomeColumns::kHealthAssessment); },
    .source = Source::Ssda903,
});

const IndicatorRegistration dental({
    .order = 215,
    .id = "lac_dental_check_pct",
    .title = "Children looked after for a year whose teeth were checked",
    .definition = "Of children looked after continuously for 12 months at the end (the OC2 table of the year), "
                  "those who had their teeth checked by a dentist (TEETH_CHECK 1).",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE `Had their teeth checked by a dentist` (LAIT `LACDental%`). Same cohort and definition.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacOutcomeColumns::kTeethChecked); },
    .source = Source::Ssda903,
});

const IndicatorRegistration immunisations({
    .order = 216,
    .id = "lac_immunisations_pct",
    .title = "Children looked after for a year with immunisations up to date",
    .definition = "Of children looked after continuously for 12 months at the end (the OC2 table of the year), "
                  "those whose immunisations were up to date (IMMUNISATIONS 1).",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE `Had their immunisations up to date` (LAIT `LACVaccinations%`). Same cohort and definition.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacOutcomeColumns::kImmunised); },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
