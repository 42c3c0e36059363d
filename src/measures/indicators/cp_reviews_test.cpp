#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Plans open at 2017-03-31 (end of 2016-17) and their reviews:
//  R1 start 2016-06-15; reviews 2016-09-15 (due start + 3 months = 2016-09-15: on time, next due
//     2017-03-15) and 2017-03-10 (on time, next due 2017-09-10): on time.
//  R2 start 2016-06-15; first review 2016-09-16, a day late: not on time.
//  R3 start 2016-06-15; review 2016-09-01 (next due 2017-03-01), none since: overdue at end.
//  R4 start 2017-01-15: start + 3 months = 2017-04-15 is after the end: not in the cohort.
//  R5 start 2016-11-30: first due 2017-02-28 (month end clamped); review 2017-03-01: late.
//  R6 start 2016-12-31: first due 2017-03-31, the end itself; no review yet: not overdue, on time.
//  R7 start 2016-05-01, ended 2017-02-01: not open at end, not in the cohort.
// Cohort R1, R2, R3, R5, R6 = 5; on time R1, R6 = 2 -> 40%.
TEST(CpReviews, EveryReviewOnTimeAndNoneOverdue) {
  auto open = [](const char* id, const char* start, std::vector<const char*> reviews, const char* end = nullptr) {
    Child c = child(id);
    CpPlan& p = plan(referral(c, "2016-04-01"), start, end);
    for (const char* r : reviews) p.reviews.push_back(d(r));
    return c;
  };
  std::vector<Child> children = {
      open("R1", "2016-06-15", {"2017-03-10", "2016-09-15"}),  // file order need not be date order
      open("R2", "2016-06-15", {"2016-09-16", "2017-03-01"}),
      open("R3", "2016-06-15", {"2016-09-01"}),
      open("R4", "2017-01-15", {}),
      open("R5", "2016-11-30", {"2017-03-01"}),
      open("R6", "2016-12-31", {}),
      open("R7", "2016-05-01", {}, "2017-02-01"),
  };
  Result r = measure(children, "cpp_reviews_on_time_pct");
  EXPECT_EQ(r.figure.numerator, 2);
  EXPECT_EQ(*r.figure.denominator, 5);
  EXPECT_DOUBLE_EQ(*r.figure.value, 40.0);
}

TEST(CpReviews, ReviewsAfterThePeriodEndAreNotYetKnown) {
  // Start 2016-06-15, review 2016-09-15 (next due 2017-03-15) then 2017-04-01, after the end:
  // at 2017-03-31 the review due 2017-03-15 is overdue.
  Child c = child("C");
  CpPlan& p = plan(referral(c, "2016-04-01"), "2016-06-15");
  p.reviews = {d("2016-09-15"), d("2017-04-01")};
  Result r = measure({c}, "cpp_reviews_on_time_pct");
  EXPECT_EQ(r.figure.numerator, 0);
  EXPECT_EQ(*r.figure.denominator, 1);
}

}  // namespace
}  // namespace lens::measures
