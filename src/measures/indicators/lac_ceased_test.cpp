#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Periods of care ending in 2016-17:
//  Q1 S 2016-04-10..2016-06-01 (X1), P 2016-06-01..2016-12-01 (E11): one period, ended E11.
//  Q2 S 2015-01-01..2016-03-31 (E4A): ended the day before the period.
//  Q3 S 2016-05-01..2017-03-31 (E3): ended on the last day.
//  Q4 S 2016-05-01..2016-07-01 (E8), S 2016-08-01..2016-09-01 (E13): two periods, two endings.
//  Q5 V3 2016-04-20..2016-05-01 (E8): a short break, excluded.
// lac_ceased_by_reason = 4: E11 1, E3 1, E8 1, E13 1. The X1 ending of Q1's first episode is
// not a period ending.
TEST(LacCeased, PeriodsOfCareEndedByReason) {
  auto q1 = looked_after("Q1");
  episode(q1, "2016-04-10", "2016-06-01", "S", "C2", "U6", "X1");
  episode(q1, "2016-06-01", "2016-12-01", "P", "E1", "A6", "E11");
  auto q2 = looked_after("Q2");
  episode(q2, "2015-01-01", "2016-03-31", "S", "V2", "U6", "E4A");
  auto q3 = looked_after("Q3");
  episode(q3, "2016-05-01", "2017-03-31", "S", "C2", "U4", "E3");
  auto q4 = looked_after("Q4");
  episode(q4, "2016-05-01", "2016-07-01", "S", "V2", "U6", "E8");
  episode(q4, "2016-08-01", "2016-09-01", "S", "V2", "U6", "E13");
  auto q5 = looked_after("Q5");
  episode(q5, "2016-04-20", "2016-05-01", "S", "V3", "U6", "E8");
  Result r = measure_looked_after({q1, q2, q3, q4, q5}, "lac_ceased_by_reason");
  EXPECT_EQ(r.figure.numerator, 4);
  EXPECT_EQ(row(r, Dim::ReasonCeased, "E11").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::ReasonCeased, "E3").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::ReasonCeased, "E8").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::ReasonCeased, "E13").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::ReasonCeased, "X1").figure.numerator, 0);
}

}  // namespace
}  // namespace lens::measures
