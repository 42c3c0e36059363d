#include <gtest/gtest.h>

#include "support/sample_census.hpp"
#include "timescales/due_list.hpp"

namespace lens::timescales {
namespace {

using lens::testing::day;

Child with_assessment(Date start, OptDate authorised, OptDate closure = std::nullopt) {
  Child c;
  c.la = "301";
  c.la_child_id = "A1";
  CinEpisode ep;
  ep.referral = start;
  ep.closure = closure;
  ep.assessments.push_back({start, std::nullopt, authorised, {}});
  c.episodes.push_back(ep);
  return c;
}

// Started Monday 5 September 2016; September to November 2016 has no bank holiday, so 45
// working days are exactly 9 weeks: due Monday 7 November 2016.
TEST(Assessment45wd, DueFortyFiveWorkingDaysAfterTheStart) {
  auto d = assessment_45wd_rule().deadlines(with_assessment(day("2016-09-05"), std::nullopt),
                                            day("2016-09-30"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].due, day("2016-11-07"));
  EXPECT_FALSE(d[0].answered);
}

TEST(Assessment45wd, DueOnTheDayOverdueTheDayAfter) {
  Child c = with_assessment(day("2016-09-05"), std::nullopt);
  std::vector<DueItem> items;
  add_due_items(c, day("2016-11-07"), {}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_FALSE(items[0].overdue);
  items.clear();
  add_due_items(c, day("2016-11-10"), {}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].overdue);
  EXPECT_EQ(items[0].days_overdue, 3);
}

TEST(Assessment45wd, AnAuthorisedAssessmentIsNotDue) {
  Child c = with_assessment(day("2016-09-05"), day("2016-11-07"));
  std::vector<DueItem> items;
  add_due_items(c, day("2016-12-01"), {}, items);
  EXPECT_TRUE(items.empty());
  auto d = assessment_45wd_rule().deadlines(c, day("2016-12-01"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].answered, day("2016-11-07"));
}

TEST(Assessment45wd, AnAuthorisationAfterTheDateIsNotKnownYet) {
  // Authorised 1 December, looked at on 10 November: still overdue by 3 days then.
  Child c = with_assessment(day("2016-09-05"), day("2016-12-01"));
  std::vector<DueItem> items;
  add_due_items(c, day("2016-11-10"), {}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].days_overdue, 3);
}

TEST(Assessment45wd, AClosedEpisodeOwesNothing) {
  Child c = with_assessment(day("2016-09-05"), std::nullopt, day("2016-10-01"));
  EXPECT_TRUE(assessment_45wd_rule().deadlines(c, day("2016-11-10")).empty());
  // Before the closure it was still due.
  EXPECT_EQ(assessment_45wd_rule().deadlines(c, day("2016-09-30")).size(), 1u);
}

TEST(Assessment45wd, AnAssessmentNotStartedYetIsNotListed) {
  Child c = with_assessment(day("2016-09-05"), std::nullopt);
  EXPECT_TRUE(assessment_45wd_rule().deadlines(c, day("2016-09-04")).empty());
}

}  // namespace
}  // namespace lens::timescales
