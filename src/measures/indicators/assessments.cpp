// assessments.cpp — children and family assessments completed (authorised) in the period: how
// many, how many within 45 working days of starting, how long they take, what they found.
// Spec: spec/indicators.md, "From the CIN census", rows `assessments` to `assessment_factors`.
// Working days from A to B are the working days d with A < d <= B (the same day is 0); a
// weekend or bank holiday inside the window does not count (core/working_day_calendar.hpp).
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

Item item_of(const AssessmentColumns& a, std::uint32_t r) {
  return {a.child[r], a.authorised[r], 0,
          std::span<const std::uint8_t>(a.factors.data() + a.factor_offset[r], a.factor_offset[r + 1] - a.factor_offset[r])};
}

const IndicatorRegistration assessments({
    .order = 107,
    .id = "assessments",
    .title = "Assessments completed",
    .definition = "Assessments with AssessmentAuthorisationDate in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "No published count in the reference data Lens derives from (only the share completed within "
                 "45 working days).",
    .compute = [](const Scope& s, Tally& t) {
      const auto& a = s.snapshot().assessments();
      for (std::uint32_t r : s.assessments_authorised_in_period()) t.add(item_of(a, r));
    },
});

const IndicatorRegistration assessments_rate({
    .order = 108,
    .id = "assessments_rate",
    .title = "Assessments per 10,000 children",
    .definition = "`assessments` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "assessments",
    .benchmark = "No published comparator in the reference data.",
    .compute = nullptr,
});

const IndicatorRegistration within_45wd({
    .order = 109,
    .id = "assessments_within_45wd_pct",
    .title = "Assessments completed within 45 working days",
    .definition = "Of `assessments`, those with 45 or fewer working days from AssessmentActualStartDate to "
                  "AssessmentAuthorisationDate.",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `Continue_Assess_Comp` (DfE C2). The DfE counts working days between the same two "
                 "dates; it measures from the referral's assessment start as Lens does.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& a = s.snapshot().assessments();
      for (std::uint32_t r : s.assessments_authorised_in_period()) {
        const std::int32_t wd = a.working_days[r];
        t.add(item_of(a, r), wd != kNoCount && wd <= 45);
      }
    },
});

const IndicatorRegistration mean_wd({
    .order = 110,
    .id = "assessment_mean_wd",
    .title = "Average working days to complete an assessment",
    .definition = "Mean of the working days from AssessmentActualStartDate to AssessmentAuthorisationDate over "
                  "`assessments` (the median is reported beside it).",
    .unit = Unit::WorkingDays,
    .polarity = Polarity::Down,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "No published comparator (the DfE publishes the share within 45 working days only).",
    .compute = [](const Scope& s, Tally& t) {
      const auto& a = s.snapshot().assessments();
      for (std::uint32_t r : s.assessments_authorised_in_period())
        if (a.working_days[r] != kNoCount) t.add_amount(item_of(a, r), a.working_days[r]);
    },
});

const IndicatorRegistration factors({
    .order = 111,
    .id = "assessment_factors",
    .title = "Factors identified at assessment",
    .definition = "`assessments` broken down by each factor identified (an assessment counts once under each "
                  "of its factors); each row's share is its percentage of the assessments.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {Dim::Factor},
    .rate_of = {},
    .benchmark = "DfE children in need table C3 counts factors by episode (an episode's factors once), "
                 "grouped under its own names; Lens counts by assessment and by census code.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& a = s.snapshot().assessments();
      for (std::uint32_t r : s.assessments_authorised_in_period()) t.add(item_of(a, r));
    },
});

}  // namespace
}  // namespace lens::measures
