// cp_plans.cpp — child protection plans: started, open at the end of the period, ended, second
// or subsequent, and lasting two years or more (both ways the source documents count it).
// Spec: spec/indicators.md, "From the CIN census", rows `cpp_started` to `cpp_open_2y_plus_pct`.
// "Lasted 2 years or more": end >= start + 2 years (a plan from 29 February reaches two years on
// 28 February, core/date.hpp add_years).
#include "measures/indicator.hpp"
#include "measures/indicators/open_plans.hpp"
#include "measures/scope.hpp"
#include "measures/snapshot.hpp"
#include "measures/tally.hpp"

namespace lens::measures {
namespace {

bool lasted_two_years(std::int32_t start, std::int32_t until) {
  return until >= add_years(Date::from_days(start), 2).days();
}

const std::vector<Dim> kPlanDims = child_dims_and({Dim::Category});

const IndicatorRegistration started({
    .order = 119,
    .id = "cpp_started",
    .title = "Child protection plans started",
    .definition = "CP plans with CPPstartDate in the period; broken down by initial category of abuse.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kPlanDims,
    .always = {Dim::Category},
    .rate_of = {},
    .benchmark = "DfE children in need table D3 `CPP_start` (LAIT `CPP_Abuse`). Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& p = s.snapshot().plans();
      for (std::uint32_t r : s.plans_started_in_period()) t.add({p.child[r], p.start[r], p.initial_category[r]});
    },
});

const IndicatorRegistration started_rate({
    .order = 120,
    .id = "cpp_started_rate",
    .title = "Child protection plans started per 10,000 children",
    .definition = "`cpp_started` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "cpp_started",
    .benchmark = "LAIT `CPP_Abuse_Rate`. Same definition and population series.",
    .compute = nullptr,
});

const IndicatorRegistration at_end({
    .order = 121,
    .id = "cpp_at_end",
    .title = "Children on a child protection plan at the end of the period",
    .definition = "Distinct children with a CP plan open at the end of the period; broken down by latest "
                  "category of abuse (and age band, gender, ethnic group).",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kPlanDims,
    .always = {Dim::Category},
    .rate_of = {},
    .benchmark = "DfE children in need table D5 `CPP_At31` (LAIT `CPP_Num`) for periods ending 31 March. "
                 "Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& p = s.snapshot().plans();
      for (const auto& c : children_on_plan_at_end(s)) t.add({c.child, s.end(), p.latest_category[c.latest]});
    },
});

const IndicatorRegistration at_end_rate({
    .order = 122,
    .id = "cpp_at_end_rate",
    .title = "Children on a child protection plan per 10,000 children",
    .definition = "`cpp_at_end` per 10,000 children aged 0 to 17.",
    .unit = Unit::Per10k,
    .polarity = Polarity::None,
    .breakdowns = {},
    .always = {},
    .rate_of = "cpp_at_end",
    .benchmark = "LAIT `CPP_rate`. Same definition and population series.",
    .compute = nullptr,
});

const IndicatorRegistration second_or_subsequent({
    .order = 123,
    .id = "cpp_second_or_subsequent_pct",
    .title = "Child protection plans that are a second or subsequent plan",
    .definition = "Of `cpp_started`, plans for a child who had an earlier CP plan (in the data, or "
                  "NumberOfPreviousCPP above 0).",
    .unit = Unit::Percent,
    .polarity = Polarity::Down,
    .breakdowns = kPlanDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `PrevRegCPR` (DfE D3 `CPP_subsequent_percent`). The DfE counts any earlier plan "
                 "ever; Lens does too, from the data and NumberOfPreviousCPP.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& p = s.snapshot().plans();
      for (std::uint32_t r : s.plans_started_in_period())
        t.add({p.child[r], p.start[r], p.initial_category[r]}, (p.flags[r] & CpPlanColumns::kEarlierPlan) != 0);
    },
});

const IndicatorRegistration ended({
    .order = 124,
    .id = "cpp_ended",
    .title = "Child protection plans ended",
    .definition = "CP plans with CPPendDate in the period.",
    .unit = Unit::Count,
    .polarity = Polarity::None,
    .breakdowns = kPlanDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `DeRegCPR` publishes the rate per 10,000 of plans ceasing, not the count.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& p = s.snapshot().plans();
      for (std::uint32_t r : s.plans_ended_in_period()) t.add({p.child[r], p.end[r], p.latest_category[r]});
    },
});

const IndicatorRegistration ended_2y({
    .order = 125,
    .id = "cpp_ended_2y_plus_pct",
    .title = "Plans ended that lasted two years or more",
    .definition = "Of `cpp_ended`, plans that lasted 2 years or more (DfE definition; Barking and Dagenham "
                  "2019/20, target 4%).",
    .unit = Unit::Percent,
    .polarity = Polarity::Down,
    .breakdowns = kPlanDims,
    .always = {},
    .rate_of = {},
    .benchmark = "LAIT `CPPlans2yrs`. Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& p = s.snapshot().plans();
      for (std::uint32_t r : s.plans_ended_in_period())
        t.add({p.child[r], p.end[r], p.latest_category[r]}, lasted_two_years(p.start[r], p.end[r]));
    },
});

const IndicatorRegistration open_2y({
    .order = 126,
    .id = "cpp_open_2y_plus_pct",
    .title = "Children on a plan for two years or more",
    .definition = "Of `cpp_at_end`, children whose open plan had lasted 2 years or more at the end of the "
                  "period (Barking and Dagenham 2016/17: 19 of 294 = 6.5%, target 5%).",
    .unit = Unit::Percent,
    .polarity = Polarity::Down,
    .breakdowns = kPlanDims,
    .always = {},
    .rate_of = {},
    .benchmark = "DfE children in need table D5 `2_years_or_more_percent` (LAIT `CPPlans2yrsActive`) for "
                 "periods ending 31 March. Same definition.",
    .compute = [](const Scope& s, Tally& t) {
      const auto& p = s.snapshot().plans();
      for (const auto& c : children_on_plan_at_end(s))
        t.add({c.child, s.end(), p.latest_category[c.latest]}, lasted_two_years(p.start[c.earliest], s.end()));
    },
});

}  // namespace
}  // namespace lens::measures
