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

// Looked-after children: joined to the CIN child of the same authority and id, in whichever
// order they come; short breaks left out; periods of care and placements worked out per child.
TEST(Snapshot, JoinsLookedAfterChildrenToTheirCinRecords) {
  SnapshotBuilder b;
  auto x = looked_after("X", "2009-01-01", "318");  // 903 first, then the census
  episode(x, "2016-01-01");
  b.add(x);
  b.add(child("A", "2010-01-01", "301"));
  auto a = looked_after("A", "2010-01-01", "301");  // census first
  episode(a, "2016-02-01");
  b.add(a);
  b.add(child("X", "2009-01-01", "318"));
  Snapshot s = b.finish();
  ASSERT_EQ(s.children().size(), 2u);
  EXPECT_EQ(s.looked_after().size(), 2u);
  for (std::uint32_t c = 0; c < 2; ++c) {
    ASSERT_NE(s.children().looked_after[c], kNoRow);
    EXPECT_EQ(s.looked_after().child[s.children().looked_after[c]], c);
  }
  EXPECT_EQ(s.authorities()[0].lac_episodes.size(), 1u);
  EXPECT_THROW(
      {
        SnapshotBuilder twice;
        twice.add(a);
        twice.add(a);
      },
      std::logic_error);
}

TEST(Snapshot, PeriodsOfCareAndPlacementsOfALookedAfterChild) {
  auto c = looked_after("C");
  episode(c, "2016-01-01", "2016-02-01", "S", "V3");                  // short break: left out
  episode(c, "2016-03-01", "2016-04-01", "S", "V2", "U6", "X1");      // period 1 begins
  episode(c, "2016-04-01", "2016-05-01", "S", "C1", "U6", "X1");      // same day: same period, same placement
  episode(c, "2016-05-01", "2016-06-01", "P", "C1", "K2", "E4A");     // a move; period 1 ends
  episode(c, "2016-07-01", nullptr, "S", "C2", "U4");                 // no DEC though another follows
  episode(c, "2016-08-01", nullptr, "P", "C2", "A5");                 // so that one ends here: joined
  SnapshotBuilder b;
  b.add(c);
  Snapshot s = b.finish();
  const auto& e = s.lac_episodes();
  ASSERT_EQ(e.size(), 5u);
  using F = LacEpisodeColumns;
  EXPECT_EQ(e.flags[0], F::kPeriodStart | F::kEntry | F::kNewPlacement);
  EXPECT_EQ(e.flags[1], 0);
  EXPECT_EQ(e.flags[2], F::kNewPlacement | F::kPeriodEnd);
  EXPECT_EQ(e.flags[3], F::kPeriodStart | F::kEntry | F::kNewPlacement);
  EXPECT_EQ(Date::from_days(e.end[3]).iso(), "2016-08-01");
  EXPECT_EQ(e.flags[4], F::kNewPlacement | F::kAdoptive | F::kPeriodEnd);
  EXPECT_EQ(e.end[4], kNever);
  EXPECT_EQ(categories(Dim::LegalStatus)[e.legal_status[1]].code, "C1");
  EXPECT_EQ(categories(Dim::ReasonCeased)[e.reason_ceased[2]].code, "E4A");
}

TEST(Snapshot, UascFromTheStartOfItsYearUntilItCeased) {
  auto c = looked_after("U", "2000-05-01");
  episode(c, "2016-06-01");
  c.uasc.push_back({2017, d("2017-02-01")});
  SnapshotBuilder b;
  b.add(c);
  Snapshot s = b.finish();
  EXPECT_FALSE(s.uasc(0, d("2016-03-31").days()));
  EXPECT_TRUE(s.uasc(0, d("2016-04-01").days()));
  EXPECT_TRUE(s.uasc(0, d("2017-01-31").days()));
  EXPECT_FALSE(s.uasc(0, d("2017-02-01").days()));
}

}  // namespace
}  // namespace lens::measures
