// care_leavers.cpp — care leavers in touch, in education, employment or training, and in
// suitable accommodation.
// Spec: spec/indicators.md, "From the SSDA903 return", row `care_leavers_in_touch_pct`,
// `care_leavers_eet_pct`, `care_leavers_suitable_accommodation_pct`.
// The cohort is the OC3 table of the collection year the period ends in (2016-17 -> the 2017
// return), one row per young person, every row (as the spec says: no one is left out for having
// died or gone home). In touch: IN_TOUCH YES. EET: ACTIV in the code list's "eet" group (F1, P1,
// F2, P2, F3, P3, F4, P4, F5, P5). Suitable: ACCOM ending in 1 (the code list's "suitable"
// group); 0 (not known) is not suitable. Age is at the period's end.
#include "measures/indicator.hpp"
#include "measures/indicators/looked_after_rows.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

void count(const Scope& s, Tally& t, LacOutcomeColumns::Flag flag) {
  const auto& o = s.snapshot().lac_leavers();
  for (std::uint32_t r : s.lac_leavers_of_year(collection_year_of(s)))
    t.add({.child = o.child[r], .at = s.end()}, (o.flags[r] & flag) != 0);
}

const IndicatorRegistration in_touch({
    .order = 217,
    .id = "care_leavers_in_touch_pct",
    .title = "Care leavers the authority is in touch with",
    .definition = "Of the OC3 cohort of the year (care leavers around their 17th to 21st birthdays), those with "
                  "IN_TOUCH YES.",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "None imported: LAIT `CareLeavers_LA_NotInTouch` is not the complement (young people whose "
                 "activity a third party gave are not 'not in touch' there).",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacOutcomeColumns::kInTouch); },
    .source = Source::Ssda903,
});

const IndicatorRegistration eet({
    .order = 218,
    .id = "care_leavers_eet_pct",
    .title = "Care leavers in education, employment or training",
    .definition = "Of the OC3 cohort of the year, those in education, employment or training (ACTIV F1-F5, P1-P5).",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE care leavers aged 19 to 21 `Total in education, employment or training` (LAIT "
                 "`CareLeaverEET`). The DfE leaves out young people who died or returned home and counts 19 to 21 "
                 "year olds; Lens counts every OC3 row of the year.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacOutcomeColumns::kEet); },
    .source = Source::Ssda903,
});

const IndicatorRegistration suitable({
    .order = 219,
    .id = "care_leavers_suitable_accommodation_pct",
    .title = "Care leavers in suitable accommodation",
    .definition = "Of the OC3 cohort of the year, those whose accommodation was recorded as suitable (ACCOM ending "
                  "in 1).",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE care leavers aged 19 to 21 `Accommodation considered suitable` (LAIT `CareLeaverAcc`). The "
                 "DfE also leaves out those who died, returned home, went abroad or were deported, and counts 19 "
                 "to 21 year olds; Lens counts every OC3 row of the year.",
    .compute = [](const Scope& s, Tally& t) { count(s, t, LacOutcomeColumns::kSuitableAccommodation); },
    .source = Source::Ssda903,
});

}  // namespace
}  // namespace lens::measures
