#include "measures/scorecard.hpp"

#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

const ScoredIndicator& scored(const Scorecard& card, std::string_view id) {
  for (const auto& s : card.indicators)
    if (s.result.indicator->id == id) return s;
  throw std::logic_error("no " + std::string(id));
}

// The census held is 2016-17's (complete from 2016-04-01); the 903 returns held reach back to
// 2015-16 (from 2015-04-01). For 2016-17, last period (2015-16) is known for the looked-after
// indicators only: child L, looked after from 2015-06-01, was looked after at the end of both
// years; the CIN referrals of 2015-16 are not all in a 2016-17 census, so none is shown.
TEST(Scorecard, LastPeriodFollowsTheYearsEachReturnCovers) {
  SnapshotBuilder b;
  Child c = child("C");
  referral(c, "2015-10-01");
  referral(c, "2016-10-01");
  b.add(c);
  b.cover("301", d("2016-04-01"));
  auto l = looked_after("L");
  episode(l, "2015-06-01");
  b.add(l);
  b.cover_looked_after("301", d("2015-04-01"));
  const Snapshot s = b.finish();
  Request r;
  r.period = parse_period("2016-17");
  r.indicators = select_indicators({"referrals", "lac_at_end"});
  Scorecard card = build_scorecard(s, r, {});
  EXPECT_FALSE(scored(card, "referrals").last);
  ASSERT_TRUE(scored(card, "lac_at_end").last);
  EXPECT_EQ(scored(card, "lac_at_end").last->numerator, 1);
  EXPECT_EQ(scored(card, "lac_at_end").direction, "same");
  ASSERT_FALSE(card.notes.empty());
  EXPECT_NE(card.notes.back().find("shown for the looked-after indicators only"), std::string::npos) << card.notes.back();
}

// The other way round: a 903 return for 2016-17 only, censuses from earlier. The looked-after
// indicators show no last period; the CIN ones do.
TEST(Scorecard, No903LastPeriodBeforeThe903Years) {
  SnapshotBuilder b;
  Child c = child("C");
  referral(c, "2015-10-01");
  referral(c, "2016-10-01");
  b.add(c);
  b.cover("301", d("2014-04-01"));
  auto l = looked_after("L");
  episode(l, "2015-06-01");
  b.add(l);
  b.cover_looked_after("301", d("2016-04-01"));
  const Snapshot s = b.finish();
  Request r;
  r.period = parse_period("2016-17");
  r.indicators = select_indicators({"referrals", "lac_at_end"});
  Scorecard card = build_scorecard(s, r, {});
  ASSERT_TRUE(scored(card, "referrals").last);
  EXPECT_EQ(scored(card, "referrals").last->numerator, 1);
  EXPECT_FALSE(scored(card, "lac_at_end").last);
}

}  // namespace
}  // namespace lens::measures
