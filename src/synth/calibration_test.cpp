// Calibration: generated authorities reproduce their profile's published figures.
//
// The measures engine (src/measures) is not on this branch yet, so the few indicators the
// generator calibrates are computed here, test-only, from the generated censuses, by the
// definitions in spec/indicators.md. Re-referrals need the referrals of the 12 months
// before, so the year before is generated too and its census read alongside.
//
// Tolerance (stated in the README): rates per 10,000 within 10% of the target and percentages
// within 4 percentage points — or, for small counts, within three standard errors of the
// sampling noise a real authority of that size has (Poisson for counts, binomial for
// shares), whichever is wider. Redbridge's 177 conferences a year, for example, give a
// timeliness that wanders by 3.5 points from one year to the next.
#include <gtest/gtest.h>

#include <fmt/core.h>

#include <cmath>
#include <map>
#include <set>

#include "core/working_day_calendar.hpp"
#include "synth/borough.hpp"
#include "synth/calibration_support.hpp"
#include "synth/census_year.hpp"
#include "synth/random.hpp"

namespace lens::synth {
namespace {

struct Measured {
  double referrals_rate, re_referrals_pct, assessments_45wd_pct, s47_rate, icpc_15wd_pct,
      cpp_at_end_rate, cpp_second_pct, cin_at_end_rate;
  double referrals, assessments, icpc, plans;  // denominators of the percentages
};

double pct(double n, double d) { return d > 0 ? 100.0 * n / d : 0; }

// The indicators of spec/indicators.md over census `now`, with `before` (the previous year's
// census) for the 12 months before each referral.
Measured measure(const Census& before, const Census& now, int population) {
  const Date start = collection_start(now.header.collection_year);
  const Date end = reference_date(now.header.collection_year);
  auto in_period = [&](Date d) { return d >= start && d <= end; };
  const double per_10k = 10000.0 / population;
  std::map<std::string, std::set<Date>> referral_dates;
  for (const Census* c : {&before, &now})
    for (const auto& child : c->children)
      for (const auto& e : child.episodes) referral_dates[child.la_child_id].insert(e.referral);

  double referrals = 0, rereferrals = 0, assessments = 0, on_time = 0, s47 = 0, icpc = 0,
         icpc_on_time = 0, cpp_at_end = 0, plans = 0, second = 0, cin_at_end = 0;
  for (const auto& child : now.children) {
    bool on_plan = false, in_need = false;
    std::set<Date> conferences;
    int plans_before = 0;
    for (const auto& e : child.episodes) {
      if (in_period(e.referral)) {
        ++referrals;
        const auto& dates = referral_dates[child.la_child_id];
        auto it = dates.lower_bound(add_months(e.referral, -12));
        rereferrals += it != dates.end() && *it < e.referral;
      }
      for (const auto& a : e.assessments)
        if (a.authorised && in_period(*a.authorised)) {
          ++assessments;
          on_time += working_days_between(a.start, *a.authorised) <= 45;
        }
      for (const auto& s : e.section47s) {
        s47 += in_period(s.start);
        if (s.icpc && in_period(*s.icpc) && conferences.insert(*s.icpc).second) {
          ++icpc;
          icpc_on_time += working_days_between(s.start, *s.icpc) <= 15;
        }
      }
      for (const auto& p : e.cp_plans) {
        if (in_period(p.start)) {
          ++plans;
          second += p.previous_plans > 0 || plans_before > 0;
        }
        ++plans_before;
        on_plan |= p.start <= end && (!p.end || *p.end > end);
      }
      in_need |= !e.nfa && e.referral <= end && (!e.closure || *e.closure > end);
    }
    cpp_at_end += on_plan;
    cin_at_end += in_need;
  }
  return {referrals * per_10k,     pct(rereferrals, referrals), pct(on_time, assessments),
          s47 * per_10k,           pct(icpc_on_time, icpc),     cpp_at_end * per_10k,
          pct(second, plans),      cin_at_end * per_10k,        referrals,
          assessments,             icpc,                        plans};
}

class Calibration : public ::testing::TestWithParam<CalibrationCase> {};

TEST_P(Calibration, MainIndicatorsLandWithinToleranceOfTheProfile) {
  const CalibrationCase& c = GetParam();
  const BoroughPlan plan = calibration_plan(c, c.year - 1);
  std::vector<Census> censuses;
  simulate_borough(plan, [&](BoroughYear&& y) { censuses.push_back(std::move(y.census)); });
  ASSERT_EQ(censuses.size(), 2u);
  const YearTargets& t = plan.targets.at(c.year);
  const Measured m = measure(censuses[0], censuses[1], t.population);

  auto rate = [&](const char* id, double got, double want) { expect_rate(id, got, want, t.population); };
  const auto share = expect_share;
  rate("referrals_rate", m.referrals_rate, t.referrals_rate);
  share("re_referrals_12m_pct", m.re_referrals_pct, t.re_referrals_pct, m.referrals);
  share("assessments_within_45wd_pct", m.assessments_45wd_pct, t.assessments_45wd_pct, m.assessments);
  rate("s47_rate", m.s47_rate, t.s47_rate);
  share("icpc_within_15wd_pct", m.icpc_15wd_pct, t.icpc_15wd_pct, m.icpc);
  rate("cpp_at_end_rate", m.cpp_at_end_rate, t.cpp_at_end_rate);
  share("cpp_second_or_subsequent_pct", m.cpp_second_pct, t.cpp_second_pct, m.plans);
  rate("cin_at_end_rate", m.cin_at_end_rate, t.cin_at_end_rate);
  fmt::print(
      "{} {}: referrals {:.1f}/{:.1f} rereferrals {:.1f}/{:.1f} 45wd {:.1f}/{:.1f} s47 "
      "{:.1f}/{:.1f} icpc15 {:.1f}/{:.1f} cpp {:.1f}/{:.1f} second {:.1f}/{:.1f} cin "
      "{:.1f}/{:.1f}\n",
      c.profile, c.la, m.referrals_rate, t.referrals_rate, m.re_referrals_pct, t.re_referrals_pct,
      m.assessments_45wd_pct, t.assessments_45wd_pct, m.s47_rate, t.s47_rate, m.icpc_15wd_pct,
      t.icpc_15wd_pct, m.cpp_at_end_rate, t.cpp_at_end_rate, m.cpp_second_pct, t.cpp_second_pct,
      m.cin_at_end_rate, t.cin_at_end_rate);
}

// Averaged over seeds the noise cancels and what is left is the generator's own bias, so the
// tolerance can be tight: Redbridge 2012/13, the smallest profile, over 24 seeds. (Its 110 or
// so children on plans come in sibling groups, some of whom stay in care for years: one
// year's stock wanders by some 12%, so 12 seeds were not enough for 5%.)
TEST(CalibrationBias, AveragedOverSeedsTheStocksAndTimelinessAreOnTarget) {
  BoroughPlan plan = calibration_plan({"redbridge-2012-13", "317", 2012, std::nullopt}, 2011);
  const YearTargets& t = plan.targets.at(2012);
  const int seeds = 24;
  double cpp = 0, cin = 0, icpc15 = 0, second = 0;
  for (int seed = 1; seed <= seeds; ++seed) {
    plan.seed = derive_seed(seed, "317");
    std::vector<Census> censuses;
    simulate_borough(plan, [&](BoroughYear&& y) { censuses.push_back(std::move(y.census)); });
    const Measured m = measure(censuses[0], censuses[1], t.population);
    cpp += m.cpp_at_end_rate / seeds;
    cin += m.cin_at_end_rate / seeds;
    icpc15 += m.icpc_15wd_pct / seeds;
    second += m.cpp_second_pct / seeds;
  }
  // Targets: 15.9 and 272.9 per 10,000; 66.7% and 12.4% (profile redbridge-2012-13). About
  // 180 conferences a year and siblings sharing one make a single year's timeliness wander by
  // some 4.5 points; the mean of 24 by 0.9, so 3 points is more than three standard errors.
  EXPECT_NEAR(cpp, t.cpp_at_end_rate, 0.05 * t.cpp_at_end_rate);
  EXPECT_NEAR(cin, t.cin_at_end_rate, 0.05 * t.cin_at_end_rate);
  EXPECT_NEAR(icpc15, t.icpc_15wd_pct, 3.0);
  EXPECT_NEAR(second, t.cpp_second_pct, 3.0);
}

INSTANTIATE_TEST_SUITE_P(
    Profiles, Calibration,
    ::testing::Values(CalibrationCase{"barking-dagenham-2016-17", "301", 2016, std::nullopt},
                      CalibrationCase{"barking-dagenham-2019-20", "301", 2019, std::nullopt},
                      CalibrationCase{"redbridge-2012-13", "317", 2012, std::nullopt},
                      CalibrationCase{"barnet-2016-17", "302", 2016, std::nullopt},
                      // England's rates at a size a test can afford (rates do not depend on it).
                      CalibrationCase{"england", "330", 2016, 300000},
                      CalibrationCase{"england", "330", 2021, 300000},
                      CalibrationCase{"england-by-authority", "886", 2018, std::nullopt}),
    calibration_case_name);

}  // namespace
}  // namespace lens::synth
