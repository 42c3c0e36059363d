#include "measures/engine.hpp"

#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Two authorities: 301 has 2 referrals in 2016-17, 318 has 3.
std::vector<Child> two_authorities() {
  Child a = child("A", "2010-01-01", "301");
  referral(a, "2016-05-01");
  referral(a, "2016-06-01");
  Child b = child("B", "2010-01-01", "318");
  referral(b, "2016-05-01");
  Child c = child("C", "2010-01-01", "318");
  referral(c, "2016-07-01");
  referral(c, "2017-01-01");
  return {a, b, c};
}

Result referrals(const Snapshot& s, std::vector<std::string> las, const PopulationTable* pop = nullptr,
                 const char* id = "referrals") {
  Request r;
  r.period = parse_period("2016-17");
  r.authorities = std::move(las);
  r.indicators = select_indicators({id});
  EngineContext ctx;
  ctx.population = pop;
  return compute(s, r, ctx).at(0);
}

TEST(Engine, AnAreaIsOneAuthorityOrSeveral) {
  Snapshot s = build_snapshot(two_authorities());
  EXPECT_EQ(referrals(s, {"301"}).figure.numerator, 2);
  EXPECT_EQ(referrals(s, {"318"}).figure.numerator, 3);
  EXPECT_EQ(referrals(s, {"301", "318"}).figure.numerator, 5);
  EXPECT_EQ(referrals(s, {}).figure.numerator, 5);  // all
}

TEST(Engine, RatesOfSeveralAuthoritiesUseTheirSummedPopulation) {
  Snapshot s = build_snapshot(two_authorities());
  PopulationTable pop;
  pop.set("301", 2016, 1000);
  pop.set("318", 2016, 4000);
  // 5 referrals / 5,000 children x 10,000 = 10.0
  Result r = referrals(s, {"301", "318"}, &pop, "referrals_rate");
  EXPECT_EQ(*r.figure.denominator, 5000);
  EXPECT_DOUBLE_EQ(*r.figure.value, 10.0);
  // One population missing: the whole rate is unknown, and the note says whose.
  PopulationTable partial;
  partial.set("301", 2016, 1000);
  Result unknown = referrals(s, {"301", "318"}, &partial, "referrals_rate");
  EXPECT_FALSE(unknown.figure.value);
  ASSERT_EQ(unknown.notes.size(), 1u);
  EXPECT_NE(unknown.notes[0].find("318"), std::string::npos);
}

TEST(Engine, AnAuthorityWithoutRecordsIsAnError) {
  Snapshot s = build_snapshot(two_authorities());
  try {
    referrals(s, {"999"});
    FAIL();
  } catch (const MeasuresError& e) {
    EXPECT_NE(std::string(e.what()).find("999"), std::string::npos);
  }
}

TEST(Engine, UnknownIndicatorIsAnError) { EXPECT_THROW(select_indicators({"referals"}), MeasuresError); }

TEST(Engine, EveryCinIndicatorOfTheSpecIsRegistered) {
  for (const char* id :
       {"referrals", "referrals_rate", "re_referrals_12m_pct", "referrals_nfa_pct", "referrals_by_source",
        "referral_to_assessment_pct", "assessments", "assessments_rate", "assessments_within_45wd_pct",
        "assessment_mean_wd", "assessment_factors", "s47", "s47_rate", "s47_to_icpc_pct", "icpc", "icpc_rate",
        "icpc_within_15wd_pct", "icpc_to_plan_pct", "cpp_started", "cpp_started_rate", "cpp_at_end",
        "cpp_at_end_rate", "cpp_second_or_subsequent_pct", "cpp_ended", "cpp_ended_2y_plus_pct",
        "cpp_open_2y_plus_pct", "cpp_reviews_on_time_pct", "cin_at_end", "cin_at_end_rate",
        "cin_closed_by_reason"})
    EXPECT_NE(find_indicator(id), nullptr) << id;
  // Listed in the spec's order.
  const auto& all = all_indicators();
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1]->order, all[i]->order);
}

TEST(Engine, ParallelAndSerialGiveTheSameFigures) {
  Snapshot s = build_snapshot(two_authorities());
  Request r;
  r.period = parse_period("2016-17");
  EngineContext one, two;
  one.threads = 1;
  two.threads = 2;
  auto a = compute(s, r, one), b = compute(s, r, two);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].indicator, b[i].indicator);
    EXPECT_EQ(a[i].figure.numerator, b[i].figure.numerator);
    EXPECT_EQ(a[i].figure.denominator, b[i].figure.denominator);
  }
}

TEST(Engine, EachAuthorityOnItsOwn) {
  Snapshot s = build_snapshot(two_authorities());
  Request r;
  r.period = parse_period("2016-17");
  r.indicators = select_indicators({"referrals"});
  auto panel = compute_each_authority(s, r);
  ASSERT_EQ(panel.size(), 2u);
  EXPECT_EQ(panel[0].at(0).figure.numerator, 2);  // 301
  EXPECT_EQ(panel[1].at(0).figure.numerator, 3);  // 318
}

TEST(Engine, ByAddsOnlyBreakdownsTheIndicatorDeclares) {
  Snapshot s = build_snapshot(two_authorities());
  Request r;
  r.period = parse_period("2016-17");
  r.indicators = select_indicators({"referrals", "referrals_rate"});
  r.by = {Dim::Gender};
  auto out = compute(s, r);
  ASSERT_EQ(out[0].breakdowns.size(), 1u);
  EXPECT_EQ(out[0].breakdowns[0].dim, Dim::Gender);
  EXPECT_TRUE(out[1].breakdowns.empty());  // rates have none
}

}  // namespace
}  // namespace lens::measures
