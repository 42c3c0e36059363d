#include "measures/snapshot.hpp"

#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

TEST(Snapshot, GroupsRowsByAuthorityInCodeOrderAndSortsByDate) {
  // Children arrive with authorities interleaved and referrals out of date order.
  Child a = child("A", "2010-01-01", "318");
  referral(a, "2016-09-01");
  referral(a, "2016-05-01");
  Child b = child("B", "2010-01-01", "301");
  referral(b, "2016-07-01");
  Child c = child("C", "2010-01-01", "318");
  referral(c, "2016-06-01");
  Snapshot s = build_snapshot({a, b, c});
  ASSERT_EQ(s.authorities().size(), 2u);
  EXPECT_EQ(s.authorities()[0].code, "301");
  EXPECT_EQ(s.authorities()[1].code, "318");
  EXPECT_EQ(s.authorities()[0].children.size(), 1u);
  EXPECT_EQ(s.children().id(0), "B");
  EXPECT_EQ(s.children().id(1), "A");
  EXPECT_EQ(s.children().id(2), "C");
  const auto& e = s.episodes();
  RowRange r318 = s.authorities()[1].episodes;
  ASSERT_EQ(r318.size(), 3u);
  // 318's referrals in date order, each still pointing at its own child.
  EXPECT_EQ(Date::from_days(e.referral[r318.begin]).iso(), "2016-05-01");
  EXPECT_EQ(s.children().id(e.child[r318.begin]), "A");
  EXPECT_EQ(Date::from_days(e.referral[r318.begin + 1]).iso(), "2016-06-01");
  EXPECT_EQ(s.children().id(e.child[r318.begin + 1]), "C");
  EXPECT_EQ(Date::from_days(e.referral[r318.begin + 2]).iso(), "2016-09-01");
}

TEST(Snapshot, KeepsListsWithTheirRowsWhenSorting) {
  Child a = child("A");
  CinEpisode& e = referral(a, "2016-01-01");
  assessment(e, "2016-03-01", "2016-04-01").factors = {"1A"};
  assessment(e, "2016-01-05", "2016-02-01").factors = {"2B", "3C"};
  Snapshot s = build_snapshot({a});
  const auto& as = s.assessments();
  // Sorted by authorisation: the February one first, with its two factors.
  EXPECT_EQ(Date::from_days(as.authorised[0]).iso(), "2016-02-01");
  ASSERT_EQ(as.factor_offset[1] - as.factor_offset[0], 2u);
  EXPECT_EQ(as.factors[as.factor_offset[0]], encode(Dim::Factor, "2B"));
  EXPECT_EQ(as.factors[as.factor_offset[1]], encode(Dim::Factor, "1A"));
}

TEST(Snapshot, MissingDatesAreNever) {
  Child a = child("A", nullptr);
  CinEpisode& e = referral(a, "2016-01-01");
  assessment(e, "2016-01-02", nullptr);
  plan(e, "2016-02-01");
  Snapshot s = build_snapshot({a});
  EXPECT_EQ(s.children().birth[0], kNever);
  EXPECT_EQ(s.episodes().closure[0], kNever);
  EXPECT_EQ(s.assessments().authorised[0], kNever);
  EXPECT_EQ(s.assessments().working_days[0], kNoCount);
  EXPECT_EQ(s.plans().end[0], kNever);
  EXPECT_EQ(s.age_band(0, d("2016-01-01").days()), kAgeNotKnown);
}

TEST(Snapshot, AgeBandsAtADate) {
  Child a = child("A", "2016-02-29");
  Snapshot s = build_snapshot({a});
  EXPECT_EQ(s.age_band(0, d("2016-02-28").days()), kUnborn);  // born the next day
  EXPECT_EQ(s.age_band(0, d("2016-02-29").days()), kUnder1);
  EXPECT_EQ(s.age_band(0, d("2017-02-27").days()), kUnder1);
  EXPECT_EQ(s.age_band(0, d("2017-02-28").days()), k1to4);  // leap-day birthday: 28 Feb
  EXPECT_EQ(s.age_band(0, d("2026-02-27").days()), k5to9);  // 9 until the 10th birthday
  EXPECT_EQ(s.age_band(0, d("2026-02-28").days()), k10to15);
  EXPECT_EQ(s.age_band(0, d("2032-02-29").days()), k16plus);
}

TEST(Snapshot, ADateOutsideTheCalendarLeavesWorkingDaysUnknown) {
  Child a = child("A");
  assessment(referral(a, "1985-01-01"), "1985-01-02", "1985-02-01");
  Snapshot s = build_snapshot({a});
  EXPECT_EQ(s.assessments().working_days[0], kNoCount);
}

}  // namespace
}  // namespace lens::measures
