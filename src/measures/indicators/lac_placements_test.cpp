#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Three or more placements during 2016-17 (2016-04-01..2017-03-31), all looked after at end:
//  R1 U4 from 2015 to 2016-04-01, moved (P) to U6 that day, moved to K2 2016-10-01: the U4
//     placement was open on the first day, so 3 placements: a move on the first day counts.
//  R2 the same a day earlier (moved 2016-03-31): U4 ended before the period: 2.
//  R3 U4 2016-05-01, U6 2016-06-01, moved to K2 on 2017-04-01: the day after the end: 2.
//  R4 U4 2016-05-01, a P episode 2016-06-01 in the same placement (not a move), T to A5
//     2016-07-01 (same carers, new placement code: a move): 2.
//  R5 U4 2016-04-10, P U6 2016-05-01, B K2 2016-06-01, L (legal status only) 2016-07-01: 3.
//  R6 U4 2016-04-05..2016-05-01 (care ended), a new period U6 2016-08-01, P K2 2016-09-01: 3.
// 3 or more: R1, R5, R6 = 3 of 6 = 50%.
std::vector<LookedAfterChild> moves() {
  auto r1 = looked_after("R1");
  episode(r1, "2015-01-01", "2016-04-01", "S", "C2", "U4", "X1");
  episode(r1, "2016-04-01", "2016-10-01", "P", "C2", "U6", "X1");
  episode(r1, "2016-10-01", nullptr, "P", "C2", "K2");
  auto r2 = looked_after("R2");
  episode(r2, "2015-01-01", "2016-03-31", "S", "C2", "U4", "X1");
  episode(r2, "2016-03-31", "2016-10-01", "P", "C2", "U6", "X1");
  episode(r2, "2016-10-01", nullptr, "P", "C2", "K2");
  auto r3 = looked_after("R3");
  episode(r3, "2016-05-01", "2016-06-01", "S", "C2", "U4", "X1");
  episode(r3, "2016-06-01", "2017-04-01", "P", "C2", "U6", "X1");
  episode(r3, "2017-04-01", nullptr, "P", "C2", "K2");
  auto r4 = looked_after("R4");
  episode(r4, "2016-05-01", "2016-06-01", "S", "C2", "U4", "X1");
  episode(r4, "2016-06-01", "2016-07-01", "P", "C2", "U4", "X1");
  episode(r4, "2016-07-01", nullptr, "T", "E1", "A5");
  auto r5 = looked_after("R5");
  episode(r5, "2016-04-10", "2016-05-01", "S", "C1", "U4", "X1");
  episode(r5, "2016-05-01", "2016-06-01", "P", "C1", "U6", "X1");
  episode(r5, "2016-06-01", "2016-07-01", "B", "C1", "K2", "X1");
  episode(r5, "2016-07-01", nullptr, "L", "C2", "K2");
  auto r6 = looked_after("R6");
  episode(r6, "2016-04-05", "2016-05-01", "S", "V2", "U4", "E4A");
  episode(r6, "2016-08-01", "2016-09-01", "S", "C1", "U6", "X1");
  episode(r6, "2016-09-01", nullptr, "P", "C1", "K2");
  return {r1, r2, r3, r4, r5, r6};
}

TEST(LacPlacements, ThreeOrMorePlacementsDuringThePeriod) {
  Result r = measure_looked_after(moves(), "lac_3plus_placements_pct");
  EXPECT_EQ(r.figure.numerator, 3);
  EXPECT_EQ(*r.figure.denominator, 6);
  EXPECT_DOUBLE_EQ(*r.figure.value, 50.0);
}

// Long-term stability at 2017-03-31. Cohort: under 16 on that day and looked after since
// start + 30 months <= 2017-03-31.
//  S1 since 2014-09-30 (2.5 years on 2017-03-30), one placement: cohort, stable.
//  S2 since 2014-10-01 (2.5 years on 2017-04-01, a day short): not in the cohort.
//  S3 born 2001-03-31 (16 on the last day): not in the cohort. S4 born 2001-04-01 (15): stable.
//  S5 moved 2015-03-31 (2 years on the last day): stable. S6 moved 2015-04-01: not stable.
//  S7 moved 2016-06-01 into A5 (placed for adoption): in the numerator.
//  S8 moved 2016-06-01, PlacedAdoption decision of 2016-09-01 standing: in the numerator.
//  S9 moved 2016-06-01, a decision of 2016-09-01 reversed 2017-01-10: not stable.
// Cohort S1, S4, S5, S6, S7, S8, S9 = 7; stable S1, S4, S5, S7, S8 = 5.
std::vector<LookedAfterChild> stability() {
  auto since = [](const char* id, const char* start, const char* birth = "2008-01-01") {
    auto c = looked_after(id, birth);
    episode(c, start);
    return c;
  };
  auto moved = [](const char* id, const char* moved_on, const char* place = "U6") {
    auto c = looked_after(id, "2008-01-01");
    episode(c, "2013-01-01", moved_on, "S", "C2", "U4", "X1");
    episode(c, moved_on, nullptr, "P", "C2", place);
    return c;
  };
  auto s8 = moved("S8", "2016-06-01");
  s8.placed_for_adoption.push_back({d("2016-09-01"), std::nullopt, ""});
  auto s9 = moved("S9", "2016-06-01");
  s9.placed_for_adoption.push_back({d("2016-09-01"), d("2017-01-10"), "RD1"});
  return {since("S1", "2014-09-30"), since("S2", "2014-10-01"), since("S3", "2013-01-01", "2001-03-31"),
          since("S4", "2013-01-01", "2001-04-01"), moved("S5", "2015-03-31"), moved("S6", "2015-04-01"),
          moved("S7", "2016-06-01", "A5"), s8, s9};
}

TEST(LacPlacements, LongTermStability) {
  Result r = measure_looked_after(stability(), "lac_long_term_stability_pct");
  EXPECT_EQ(r.figure.numerator, 5);
  EXPECT_EQ(*r.figure.denominator, 7);
}

TEST(LacPlacements, ExactlyTwoAndAHalfYearsOnTheLastDay) {
  // A period ending 2017-01-31: 2014-07-31 + 30 months = 2017-01-31 exactly (in the cohort);
  // 2014-08-01 reaches it a day later (not).
  auto a = looked_after("A");
  episode(a, "2014-07-31");
  auto b = looked_after("B");
  episode(b, "2014-08-01");
  Result r = measure_looked_after({a, b}, "lac_long_term_stability_pct", "2016-02-01..2017-01-31");
  EXPECT_EQ(*r.figure.denominator, 1);
  EXPECT_EQ(r.figure.numerator, 1);
}

}  // namespace
}  // namespace lens::measures
