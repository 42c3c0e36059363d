#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

LookedAfterChild reviewed(const char* id, const char* entry, std::vector<const char*> reviews) {
  auto c = looked_after(id);
  episode(c, entry);
  for (const char* r : reviews) c.reviews.push_back({d(r), "PN1"});
  return c;
}

// Reviews at 2017-03-31. Entry on Thursday 2016-12-01: the working days after it are Dec 2,
// 5-9, 12-16, 19-23 (16), then 26 and 27 December are bank holidays, 28-30 (19), 2 January 2017
// is a bank holiday, so 3 January is the 20th working day.
//  V1 entry 2016-12-01, first review 2017-01-03 (20 working days): on time; the second is due
//     2017-04-03, after the end.
//  V2 entry 2016-12-01, first review 2017-01-04 (21 working days): late.
//  V3 entry 2016-12-01, no review: overdue at the end.
//  V4 entry 2017-03-10: 15 working days to the end, not in the cohort.
//  V5 entry Monday 2016-01-04, reviews 2016-01-29 (19 working days), 2016-04-28 (due
//     2016-04-29), 2016-10-27 (due 2016-10-28): on time; next due 2017-04-27.
//  V6 as V5 but the third review on 2016-10-29, a day after it was due: late.
// Cohort V1, V2, V3, V5, V6 = 5; on time V1, V5 = 2.
TEST(LacReviews, FirstWithin20WorkingDaysThen3MonthsThen6) {
  std::vector<LookedAfterChild> children = {
      reviewed("V1", "2016-12-01", {"2017-01-03"}),
      reviewed("V2", "2016-12-01", {"2017-01-04"}),
      reviewed("V3", "2016-12-01", {}),
      reviewed("V4", "2017-03-10", {}),
      reviewed("V5", "2016-01-04", {"2016-01-29", "2016-04-28", "2016-10-27"}),
      reviewed("V6", "2016-01-04", {"2016-01-29", "2016-04-28", "2016-10-29"}),
  };
  Result r = measure_looked_after(children, "lac_reviews_on_time_pct");
  EXPECT_EQ(r.figure.numerator, 2);
  EXPECT_EQ(*r.figure.denominator, 5);
  EXPECT_DOUBLE_EQ(*r.figure.value, 40.0);
}

// With 903 data from 2016-04-01 only, a child in care since 2014 has no earlier reviews in the
// data: the first review held is due within 6 months of 2016-04-01 (by 2016-10-01).
//  W1 reviews 2016-09-30 and 2017-03-15 (due 2017-03-30): on time.
//  W2 first review 2016-10-02: late.
TEST(LacReviews, CareBeganBeforeTheData) {
  std::vector<LookedAfterChild> children = {
      reviewed("W1", "2014-01-01", {"2016-09-30", "2017-03-15"}),
      reviewed("W2", "2014-01-01", {"2016-10-02", "2017-03-15"}),
  };
  Result r = measure_looked_after(children, "lac_reviews_on_time_pct", "2016-17", {}, {}, "2016-04-01");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 2);
}

}  // namespace
}  // namespace lens::measures
