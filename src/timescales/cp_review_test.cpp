#include <gtest/gtest.h>

#include "support/sample_census.hpp"
#include "timescales/due_list.hpp"

namespace lens::timescales {
namespace {

using lens::testing::day;

Child with_plan(Date start, OptDate end, std::vector<Date> reviews) {
  Child c;
  c.la = "301";
  c.la_child_id = "P1";
  CinEpisode ep;
  ep.referral = start;
  ep.cp_plans.push_back({start, end, "NEG", "NEG", 0, std::move(reviews)});
  c.episodes.push_back(ep);
  return c;
}

TEST(CpReview, ThreeMonthsThenSixFromTheReviewActuallyHeld) {
  // Plan 15 January 2016: first review due 15 April; held late on 20 April, so the next is due
  // 20 October; held early on 10 October, so the next is due 10 April 2017.
  Child c = with_plan(day("2016-01-15"), std::nullopt, {day("2016-04-20"), day("2016-10-10")});
  auto d = cp_review_rule().deadlines(c, day("2017-03-31"));
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].due, day("2016-04-15"));
  EXPECT_EQ(d[0].answered, day("2016-04-20"));
  EXPECT_EQ(d[1].start, day("2016-04-20"));
  EXPECT_EQ(d[1].due, day("2016-10-20"));
  EXPECT_EQ(d[2].due, day("2017-04-10"));
  EXPECT_FALSE(d[2].answered);
  std::vector<DueItem> items;
  add_due_items(c, day("2017-03-31"), {}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_FALSE(items[0].overdue);
  items.clear();
  add_due_items(c, day("2017-04-12"), {"cp_review"}, items);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].days_overdue, 2);
}

TEST(CpReview, MonthEndsClamp) {
  // 30 November + 3 months = 29 February 2016 (leap year), clamped to the month's end.
  auto d = cp_review_rule().deadlines(with_plan(day("2015-11-30"), std::nullopt, {}), day("2016-01-01"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].due, day("2016-02-29"));
}

TEST(CpReview, AnEndedPlanOwesNoMoreReviews) {
  // Ended 1 March 2016, before the first review was due.
  EXPECT_TRUE(cp_review_rule()
                  .deadlines(with_plan(day("2016-01-15"), day("2016-03-01"), {}), day("2017-01-01"))
                  .empty());
  // Ended after one review: that review is listed as answered, nothing after it.
  auto d = cp_review_rule().deadlines(
      with_plan(day("2016-01-15"), day("2016-06-01"), {day("2016-04-10")}), day("2017-01-01"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].answered);
}

TEST(CpReview, OnlyRulesAskedForAreListed) {
  Child c = with_plan(day("2016-01-15"), std::nullopt, {});
  c.episodes[0].assessments.push_back({day("2016-01-04"), std::nullopt, std::nullopt, {}});
  std::vector<DueItem> items;
  add_due_items(c, day("2016-06-01"), {"cp_review"}, items);
  ASSERT_EQ(items.size(), 1u);
  items.clear();
  add_due_items(c, day("2016-06-01"), {}, items);
  EXPECT_EQ(items.size(), 2u);
  sort_due_items(items);
  // The assessment (due 7 March 2016: 45 working days from 4 January, with Good Friday 25 March
  // and Easter Monday after it) is more overdue than the review (due 15 April).
  EXPECT_EQ(items[0].deadline.rule, "assessment_45wd");
  EXPECT_EQ(items[0].deadline.due, day("2016-03-07"));
  EXPECT_EQ(items[1].deadline.rule, "cp_review");
}

}  // namespace
}  // namespace lens::timescales
