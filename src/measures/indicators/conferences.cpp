// conferences.cpp — initial child protection conferences held in the period: how many, how
// many within 15 working days of the Section 47 enquiry starting, how many led to a plan.
// Spec: spec/indicators.md, "From the CIN census", rows `icpc` to `icpc_to_plan_pct`.
// A conference is a distinct child + DateOfInitialCPC from the Section 47 records (two records
// of one child carrying the same date are one conference); the enquiry that led to it is the
// latest one started on or before that date (snapshot.hpp, ConferenceColumns).
#include "measures/indicator.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

template <class Hit>
void each_conference(const Scope& s, Tally& t, Hit hit) {
  const auto& c = s.snapshot().conferences();
  for (std::uint32_t r : s.conferences_in_period()) t.add({c.child[r], c.date[r]}, hit(c, r));
}

const IndicatorRegistration icpc({
    .order = 115,
    .id = "icpc",
    .title = "Initial child protection conferences",
    .definition = "Initial child protection conferences (distinct child and DateOfInitialCPC from the Section 47 "
                  "records) in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE children in need table C4 `ICPC`. The DfE counts Section 47 records with a conference "
                 "date; Lens counts a conference recorded on two records of a child once.",
    .compute = [](const Scope& s, Tally& t) { each_conference(s, t, [](auto&, auto) { return true; }); },
});

const IndicatorRegistration icpc_rate({
    .order = 116,
    .id = "icpc_rate",
    .title = "Initial conferences per 10,000 children",
    .definition = "`icpc` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "icpc",
    .benchmark = "LAIT `ISCP_Conf`. Same population series; conference counting as for `icpc`.",
    .compute = nullptr,
});

const IndicatorRegistration within_15wd({
    .order = 117,
    .id = "icpc_within_15wd_pct",
    .title = "Initial conferences within 15 working days",
    .definition = "Of `icpc`, those held within 15 working days of the S47ActualStartDate of the enquiry that "
                  "led to it.",
    .unit = Unit::Percent,
    .polarity = Polarity::Up,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `CP_conf_15days` (DfE C4: (`Duration_0-10_days` + `Duration_11-15_days`) / `ICPC`). The "
                 "DfE measures from the strategy discussion that started the enquiry, which the census "
                 "records as S47ActualStartDate, so the two agree.",
    .compute = [](const Scope& s, Tally& t) {
      each_conference(s, t, [](const ConferenceColumns& c, std::uint32_t r) {
        return c.working_days[r] != kNoCount && c.working_days[r] <= 15;
      });
    },
});

const IndicatorRegistration to_plan({
    .order = 118,
    .id = "icpc_to_plan_pct",
    .title = "Initial conferences leading to a child protection plan",
    .definition = "Of `icpc`, those after which the child's CP plan started on the conference date.",
    .unit = Unit::Percent,
    .polarity = Polarity::None,
    .breakdowns = kChildDims,
    .always = {},
    .rate_of = {},
    .benchmark = "No published counterpart (the seeds quote a local figure).",
    .compute = [](const Scope& s, Tally& t) {
      each_conference(s, t, [](const ConferenceColumns& c, std::uint32_t r) {
        return (c.flags[r] & ConferenceColumns::kPlanStarted) != 0;
      });
    },
});

}  // namespace
}  // namespace lens::measures
