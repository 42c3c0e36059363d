// referrals.cpp — referrals to children's social care: how many, how often again within a
// year, how many end in no further action, where they come from, how many are assessed.
// Spec: spec/indicators.md, "From the CIN census", rows `referrals` to `referral_to_assessment_pct`.
// A referral is a CIN episode (CINreferralDate); a child can have several, and each counts.
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

const std::vector<Dim> kReferralDims = child_dims_and({Dim::Source, Dim::SourceGroup});

// Counts every referral in the period, the numerator being those `hit` says.
template <class Hit>
void each_referral(const Scope& s, Tally& t, Hit hit) {
  const auto& e = s.snapshot().episodes();
  for (std::uint32_t r : s.referrals_in_period()) t.add({e.child[r], e.referral[r], e.source[r]}, hit(e, r));
}

const IndicatorRegistration referrals({
    .order = 101,
    .id = "referrals",
    .title = "Referrals",
    .definition = "CIN episodes with CINreferralDate in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kReferralDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE children in need table C1 `referral_count` (LAIT `CPP_Total_NumRef`). Same definition.",
    .compute = [](const Scope& s, Tally& t) { each_referral(s, t, [](auto&, auto) { return true; }); },
});

const IndicatorRegistration referrals_rate({
    .order = 102,
    .id = "referrals_rate",
    .title = "Referrals per 10,000 children",
    .definition = "`referrals` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "referrals",
    .benchmark = "LAIT `CPP_Total_Rateper10,000` (DfE C1 `Referrals_rate`). Same definition and population series.",
    .compute = nullptr,
});

const IndicatorRegistration re_referrals({
    .order = 103,
    .id = "re_referrals_12m_pct",
    .title = "Re-referrals within 12 months",
    .definition = "Of `referrals`, those for a child who had another referral dated on or after (this date "
                  "minus 12 months) and before this date.",
    .unit = Unit::Percent,
    .polarity = Polarity::Down,
    .breakdowns = kReferralDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `ReReferral` (DfE C1 `rereferral_percent`). Same definition; the DfE looks back over "
                 "all the child's referrals it holds, Lens over all those in the data it was given.",
    .compute = [](const Scope& s, Tally& t) {
      each_referral(s, t, [](const EpisodeColumns& e, std::uint32_t r) { return e.has(r, EpisodeColumns::kReReferral12m); });
    },
});

const IndicatorRegistration referrals_nfa({
    .order = 104,
    .id = "referrals_nfa_pct",
    .title = "Referrals with no further action",
    .definition = "Of `referrals`, those with ReferralNFA true.",
    .unit = Unit::Percent,
    .polarity = Polarity::None,
    .breakdowns = kReferralDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `CIN_Refferals_NFA` (DfE C1 `no_further_action_percent`). Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      each_referral(s, t, [](const EpisodeColumns& e, std::uint32_t r) { return e.has(r, EpisodeColumns::kNfa); });
    },
});

const IndicatorRegistration referrals_by_source({
    .order = 105,
    .id = "referrals_by_source",
    .title = "Referrals by source",
    .definition = "`referrals` broken down by ReferralSource (1A to 10) and by its group (individual, schools, "
                  "education, health, housing, LA services, police, other legal, other, anonymous, unknown).",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {Dim::Source, Dim::SourceGroup},
    .rate_of = {},
    .benchmark = "LAIT `RefBySource_Police_%`, `RefBySource_Schl_%`, `RefBySource_HealthServ_%` publish shares "
                 "of three groups; the `share` of the police, schools and health rows compares with them.",
    .compute = [](const Scope& s, Tally& t) { each_referral(s, t, [](auto&, auto) { return true; }); },
});

const IndicatorRegistration referral_to_assessment({
    .order = 106,
    .id = "referral_to_assessment_pct",
    .title = "Referrals going on to assessment",
    .definition = "Of `referrals`, those whose episode has an assessment.",
    .unit = Unit::Percent,
    .polarity = Polarity::None,
    .breakdowns = kReferralDims,
    .always = {},
    .rate_of = {},
    .benchmark = "No published counterpart (the seeds quote a local figure).",
    .compute = [](const Scope& s, Tally& t) {
      each_referral(s, t, [](const EpisodeColumns& e, std::uint32_t r) { return e.has(r, EpisodeColumns::kHasAssessment); });
    },
});

}  // namespace
}  // namespace lens::measures
