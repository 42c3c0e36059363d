// merge_censuses: one authority's CIN censuses of several years make one history.
#include "model/census_merge.hpp"

#include <gtest/gtest.h>

namespace lens {
namespace {

Date day(const char* iso) { return *Date::parse(iso); }

Child child(const char* id, const char* gender = "1") {
  Child c;
  c.la_child_id = id;
  c.gender = gender;
  return c;
}

CinEpisode& episode(Child& c, const char* referral, const char* closure = nullptr) {
  CinEpisode e;
  e.referral = day(referral);
  e.source = "1A";
  if (closure) e.closure = day(closure);
  c.episodes.push_back(e);
  return c.episodes.back();
}

Census census(int year, std::vector<Child> children) {
  Census c;
  c.header.la = "301";
  c.header.collection_year = year;
  c.header.reference_date = Date::from_ymd(year, 3, 31);
  c.children = std::move(children);
  return c;
}

std::vector<std::string> referrals(const Child& c) {
  std::vector<std::string> out;
  for (const auto& e : c.episodes) out.push_back(e.referral.iso());
  return out;
}

TEST(CensusYearStart, IsFirstAprilOfTheYearBefore) {
  EXPECT_EQ(census_year_start(2017), day("2016-04-01"));  // the 2017 census covers 2016-17
  EXPECT_EQ(census_year_start(0), std::nullopt);           // no year: no start
}

TEST(MergeCensuses, TheNewerCopyWinsAndHistoryClosedBeforeItsYearStays) {
  // 2016 census: A referred 2015-05-01, closed 2015-12-01 (before 1 April 2016, so the 2017
  // census need not carry it), and referred again 2016-02-01, open at 31 March 2016.
  Child a16 = child("A", "1");
  episode(a16, "2015-05-01", "2015-12-01");
  episode(a16, "2016-02-01").primary_need = "N1";
  // 2017 census: A's 2016-02-01 episode, now closed on 2016-08-01 and its need recorded as N2;
  // A's gender recorded afresh. The 2015 episode is not in it.
  Child a17 = child("A", "2");
  episode(a17, "2016-02-01", "2016-08-01").primary_need = "N2";
  // Given newest first: the order of the input does not matter.
  auto merged = merge_censuses({census(2017, {a17}), census(2016, {a16})});
  ASSERT_EQ(merged.size(), 1u);
  const Child& a = merged[0];
  EXPECT_EQ(a.gender, "2");  // the newer census's details
  EXPECT_EQ(a.la, "301");    // from the census header
  ASSERT_EQ(referrals(a), (std::vector<std::string>{"2015-05-01", "2016-02-01"}));
  EXPECT_EQ(a.episodes[0].closure, day("2015-12-01"));  // history, from 2016
  EXPECT_EQ(a.episodes[1].closure, day("2016-08-01"));  // the 2017 copy, not the open one
  EXPECT_EQ(a.episodes[1].primary_need, "N2");
  EXPECT_EQ(merge_censuses({census(2016, {a16}), census(2017, {a17})}), merged);
}

TEST(MergeCensuses, AnEpisodeOpenInTheNewerYearThatItDoesNotHoldWasRemoved) {
  // The 2017 census covers from Friday 1 April 2016. In the 2016 census, B has three episodes
  // the 2017 census does not hold:
  //  2015-06-01 closed Thursday 2016-03-31: closed before the 2017 year, kept;
  //  2015-09-01 closed Friday 2016-04-01: open on the first day of the 2017 year, so the 2017
  //    census would hold it were it real: dropped;
  //  2016-03-01 still open at 31 March 2016: likewise dropped.
  Child b16 = child("B");
  episode(b16, "2015-06-01", "2016-03-31");
  episode(b16, "2015-09-01", "2016-04-01");
  episode(b16, "2016-03-01");
  Child b17 = child("B");
  episode(b17, "2016-10-01");
  auto merged = merge_censuses({census(2016, {b16}), census(2017, {b17})});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(referrals(merged[0]), (std::vector<std::string>{"2015-06-01", "2016-10-01"}));
}

TEST(MergeCensuses, AChildOnlyTheOlderCensusHoldsKeepsTheirHistory) {
  // C: closed 2015-10-01, before the 2017 year: kept, a child the 2017 census need not hold.
  // D: open at 31 March 2016 and absent from 2017: removed, and with nothing left D goes too.
  // E: one episode kept and one dropped.
  Child c = child("C");
  episode(c, "2015-07-01", "2015-10-01");
  Child d = child("D");
  episode(d, "2016-01-15");
  Child e = child("E");
  episode(e, "2015-04-20", "2015-05-20");
  episode(e, "2016-03-20");
  Child f = child("F");  // only in 2017
  episode(f, "2016-05-01");
  auto merged = merge_censuses({census(2016, {e, d, c}), census(2017, {f})});
  ASSERT_EQ(merged.size(), 3u);  // ordered by child id
  EXPECT_EQ(merged[0].la_child_id, "C");
  EXPECT_EQ(merged[0].episodes, c.episodes);
  EXPECT_EQ(merged[1].la_child_id, "E");
  EXPECT_EQ(referrals(merged[1]), std::vector<std::string>{"2015-04-20"});
  EXPECT_EQ(merged[2].la_child_id, "F");
}

TEST(MergeCensuses, EachYearRemovesWhatItWouldHoldSoThreeYearsFoldInOrder) {
  // 2015 census: G referred 2014-11-01, closed 2015-06-01 — within the 2016 year (from
  // 2015-04-01), yet the 2016 census does not hold it: removed, though it closed before the
  // 2017 year. 2015 also has G's 2014-05-01 episode closed 2014-09-01: history throughout.
  Child g15 = child("G");
  episode(g15, "2014-05-01", "2014-09-01");
  episode(g15, "2014-11-01", "2015-06-01");
  Child g16 = child("G");
  episode(g16, "2015-08-01", "2015-09-01");
  Child g17 = child("G");
  episode(g17, "2016-06-01");
  auto merged = merge_censuses({census(2017, {g17}), census(2015, {g15}), census(2016, {g16})});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(referrals(merged[0]),
            (std::vector<std::string>{"2014-05-01", "2015-08-01", "2016-06-01"}));
}

TEST(MergeCensuses, OfOneYearTheLaterReferenceDateWinsThenTheLaterGiven) {
  Child first = child("H", "1");
  episode(first, "2016-05-01");
  Child second = child("H", "2");
  episode(second, "2016-05-01", "2016-07-01");
  Census early = census(2017, {second});
  early.header.reference_date = day("2017-03-30");
  // A later reference date wins wherever it is given.
  EXPECT_EQ(merge_censuses({census(2017, {first}), early})[0].gender, "1");
  // The same date: the one given last wins (a store gives the census being imported last).
  EXPECT_EQ(merge_censuses({census(2017, {first}), census(2017, {second})})[0].gender, "2");
  EXPECT_EQ(merge_censuses({census(2017, {second}), census(2017, {first})})[0].gender, "1");
}

TEST(MergeCensuses, OneCensusComesBackAsItIsAndADuplicateIdStaysTwice) {
  Child z = child("Z");
  episode(z, "2016-06-01");
  episode(z, "2016-05-01");  // out of order in the file
  Child y = child("Y");
  episode(y, "2016-07-01");
  auto one = merge_censuses({census(2017, {z, y})});
  ASSERT_EQ(one.size(), 2u);
  EXPECT_EQ(one[0].la_child_id, "Z");  // file order
  EXPECT_EQ(referrals(one[0]), (std::vector<std::string>{"2016-06-01", "2016-05-01"}));
  EXPECT_EQ(one[0].la, "301");
  // Y twice in 2017: both copies stay, for the store's key to refuse; the 2016 Y merges once.
  Child y16 = child("Y");
  episode(y16, "2015-05-01", "2015-06-01");
  auto twice = merge_censuses({census(2016, {y16}), census(2017, {y, y})});
  ASSERT_EQ(twice.size(), 2u);
  EXPECT_EQ(twice[0].la_child_id, "Y");
  EXPECT_EQ(twice[1].la_child_id, "Y");
  EXPECT_EQ(twice[0].episodes.size() + twice[1].episodes.size(), 3u);
  EXPECT_TRUE(merge_censuses({}).empty());
}

TEST(MergeCensuses, WithoutAYearNothingIsTakenForRemoved) {
  // Two censuses with no collection year or reference date, taken in the order given: the
  // newer has no year start to say the older's open episode was removed, so it stays.
  Census older = census(0, {child("K")});
  episode(older.children[0], "2016-03-01");
  Census newer = census(0, {child("K")});
  episode(newer.children[0], "2016-06-01");
  older.header.reference_date = newer.header.reference_date = std::nullopt;
  EXPECT_EQ(referrals(merge_censuses({older, newer})[0]),
            (std::vector<std::string>{"2016-03-01", "2016-06-01"}));
}

TEST(FirstWholeYear, IsTheStartOfTheUnbrokenRunEndingAtTheLatest) {
  EXPECT_EQ(first_whole_year({2015, 2016, 2017}), 2015);
  EXPECT_EQ(first_whole_year({2017, 2015, 2016, 2017}), 2015);  // any order, repeats
  EXPECT_EQ(first_whole_year({2013, 2015, 2016}), 2015);        // 2014 missing: 2013 stands alone
  EXPECT_EQ(first_whole_year({2017}), 2017);
  EXPECT_EQ(first_whole_year({2015, 2017}), 2017);
  EXPECT_EQ(first_whole_year({}), 0);
  EXPECT_EQ(first_whole_year({0}), 0);
}

}  // namespace
}  // namespace lens
