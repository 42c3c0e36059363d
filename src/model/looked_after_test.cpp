// merge_years: one child's 903 records from two collection years make one history.
#include "model/looked_after.hpp"

#include <gtest/gtest.h>

namespace lens {
namespace {

Date day(const char* iso) { return *Date::parse(iso); }

LookedAfterChild in_year(int year) {
  LookedAfterChild c;
  c.la = "301";
  c.la_child_id = "C1";
  c.years = {year};
  return c;
}

TEST(MergeYears, AnEpisodeOpenAt31MarchIsTakenFromTheYearThatClosedIt) {
  // 2017 return: placement from 2016-05-01 still open at 31 March 2017.
  LookedAfterChild y2017 = in_year(2017);
  y2017.sex = "1";
  y2017.upn = "UN4";
  y2017.episodes = {{day("2016-05-01"), "S", "C2", "N1", "U4", "PR1", std::nullopt, "", "", "", "", ""}};
  y2017.health = {{2017, 12, "", false, true, true, true, true, false, false, false}};
  // 2018 return: the same episode, now closed on 2017-06-30 (X1), and the next placement.
  LookedAfterChild y2018 = in_year(2018);
  y2018.sex = "1";
  y2018.upn = "A123456789012";  // the UPN became known
  y2018.episodes = {
      {day("2016-05-01"), "S", "C2", "N1", "U4", "PR1", day("2017-06-30"), "X1", "CARPL", "", "", ""},
      {day("2017-06-30"), "P", "C2", "N1", "K2", "PR4", std::nullopt, "", "", "", "", ""}};
  y2018.health = {{2018, 14, "", false, true, true, true, true, false, false, false}};

  // Given newest first, to show the order of the input does not matter.
  LookedAfterChild merged = merge_years({y2018, y2017});
  EXPECT_EQ(merged.years, (std::vector<int>{2017, 2018}));
  EXPECT_EQ(merged.upn, "A123456789012");
  ASSERT_EQ(merged.episodes.size(), 2u);  // not three: the open episode is the same one
  EXPECT_EQ(merged.episodes[0].end, day("2017-06-30"));
  EXPECT_EQ(merged.episodes[0].reason_ceased, "X1");
  EXPECT_EQ(merged.episodes[1].placement, "K2");
  ASSERT_EQ(merged.health.size(), 2u);  // one OC2 record per year, both kept
  EXPECT_EQ(merged.health[0].year, 2017);
  EXPECT_EQ(merged.health[1].sdq_score, 14);
}

TEST(MergeYears, AFieldLeftBlankInTheNewerYearKeepsTheOlderValue) {
  LookedAfterChild y2017 = in_year(2017);
  y2017.birth = day("2005-01-01");
  y2017.mother = "0";
  LookedAfterChild y2018 = in_year(2018);
  LookedAfterChild merged = merge_years({y2017, y2018});
  EXPECT_EQ(merged.birth, day("2005-01-01"));
  EXPECT_EQ(merged.mother, "0");
}

TEST(MergeYears, EventsAreSortedAndMissingEpisodesOfBothKindsOnOneDayAreKept) {
  LookedAfterChild y2017 = in_year(2017);
  y2017.missing = {{"M", day("2017-02-01"), day("2017-02-02")}, {"A", day("2016-12-01"), std::nullopt}};
  LookedAfterChild y2018 = in_year(2018);
  y2018.missing = {{"A", day("2017-02-01"), day("2017-02-01")}};
  LookedAfterChild merged = merge_years({y2017, y2018});
  ASSERT_EQ(merged.missing.size(), 3u);
  EXPECT_EQ(merged.missing[0].start, day("2016-12-01"));
  EXPECT_EQ(merged.missing[1].kind, "A");  // same day: A sorts before M
  EXPECT_EQ(merged.missing[2].kind, "M");
}

TEST(MergeYears, NothingGivesAnEmptyChild) { EXPECT_EQ(merge_years({}), LookedAfterChild{}); }

}  // namespace
}  // namespace lens
