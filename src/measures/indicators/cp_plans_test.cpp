#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Child protection plans around 2016-17 (2016-04-01..2017-03-31):
//  C1 NEG 2014-06-01..2016-06-01: ended in the period, lasted exactly 2 years (end >= start + 2y).
//  C2 NEG 2015-01-10..2017-01-09: ended, one day short of 2 years.
//  C3 NEG 2016-02-29.. open: at end; 2016-02-29 + 2y = 2018-02-28, so not 2 years at end.
//  C4 PHY 2016-05-01.. open, NumberOfPreviousCPP 1: started, second plan, at end.
//  C5 NEG 2013-04-01..2014-04-01 and 2015-03-31.. open: at end, 2015-03-31 + 2y = 2017-03-31
//     = the end, so lasted 2 years at end.
//  C6 NEG 2012-01-01..2012-06-01 and 2016-09-01..2017-03-31: started (subsequent, from the data),
//     ended on the last day, so not open at end.
//  C7 EMO 2017-03-31.. open: started on the last day, first plan, at end.
//  C8 NEG 2016-04-15..2016-08-15 then 2016-10-01.. open (two episodes): two started, the second
//     subsequent; one ended; at end.
//  C9 unborn (expected 2017-01-15, no birth date) NEG 2016-12-01.. open: started, at end, unborn.
// started = C4, C6, C7, C8a, C8b, C9 = 6; initial categories NEG 4, PHY 1, EMO 1.
// second or subsequent = C4, C6, C8b = 3 of 6.
// at end = C3, C4, C5, C7, C8, C9 = 6 children; latest categories NEG 4, PHY 1, EMO 1.
// open 2 years or more = C5 = 1 of 6.
// ended = C1, C2, C6, C8a = 4; lasted 2 years = C1 = 1 of 4.
std::vector<Child> plans() {
  std::vector<Child> out;
  Child c1 = child("C1");
  plan(referral(c1, "2014-05-01"), "2014-06-01", "2016-06-01");
  Child c2 = child("C2");
  plan(referral(c2, "2015-01-01"), "2015-01-10", "2017-01-09");
  Child c3 = child("C3");
  plan(referral(c3, "2016-02-01"), "2016-02-29");
  Child c4 = child("C4");
  plan(referral(c4, "2016-04-20"), "2016-05-01", nullptr, "PHY").previous_plans = 1;
  Child c5 = child("C5");
  plan(referral(c5, "2013-03-01"), "2013-04-01", "2014-04-01");
  plan(referral(c5, "2015-03-01"), "2015-03-31");
  Child c6 = child("C6");
  plan(referral(c6, "2011-12-01"), "2012-01-01", "2012-06-01");
  plan(referral(c6, "2016-08-01"), "2016-09-01", "2017-03-31");
  Child c7 = child("C7");
  plan(referral(c7, "2017-03-01"), "2017-03-31", nullptr, "EMO");
  Child c8 = child("C8");
  plan(referral(c8, "2016-04-01"), "2016-04-15", "2016-08-15");
  plan(referral(c8, "2016-09-15"), "2016-10-01");
  Child c9 = child("C9", nullptr);
  c9.expected_birth = d("2017-01-15");
  plan(referral(c9, "2016-11-01"), "2016-12-01");
  return {c1, c2, c3, c4, c5, c6, c7, c8, c9};
}

TEST(CpPlans, StartedByInitialCategory) {
  Result r = measure(plans(), "cpp_started");
  EXPECT_EQ(r.figure.numerator, 6);
  EXPECT_EQ(row(r, Dim::Category, "NEG").figure.numerator, 4);
  EXPECT_EQ(row(r, Dim::Category, "PHY").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::Category, "EMO").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::Category, "SAB").figure.numerator, 0);
}

TEST(CpPlans, SecondOrSubsequentFromDataOrPreviousCount) {
  Result r = measure(plans(), "cpp_second_or_subsequent_pct");
  EXPECT_EQ(r.figure.numerator, 3);
  EXPECT_EQ(*r.figure.denominator, 6);
  EXPECT_DOUBLE_EQ(*r.figure.value, 50.0);
}

TEST(CpPlans, DistinctChildrenOpenAtEnd) {
  Result r = measure(plans(), "cpp_at_end", "2016-17", {Dim::AgeBand});
  EXPECT_EQ(r.figure.numerator, 6);
  EXPECT_EQ(row(r, Dim::Category, "NEG").figure.numerator, 4);
  // Age on 2017-03-31: the eight born 2010-06-01 are 6 (band 5-9); C9 is unborn.
  EXPECT_EQ(row(r, Dim::AgeBand, "5_9").figure.numerator, 5);
  EXPECT_EQ(row(r, Dim::AgeBand, "unborn").figure.numerator, 1);
}

TEST(CpPlans, AChildWithTwoOpenPlansCountsOnce) {
  Child c = child("C");
  plan(referral(c, "2016-05-01"), "2016-06-01", nullptr, "NEG");
  plan(referral(c, "2016-06-20"), "2016-07-01", nullptr, "EMO");
  Result r = measure({c}, "cpp_at_end");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::Category, "EMO").figure.numerator, 1);  // the latest plan's category
}

TEST(CpPlans, OpenTwoYearsAtEndIncludesTheAnniversary) {
  Result r = measure(plans(), "cpp_open_2y_plus_pct");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 6);
}

TEST(CpPlans, EndedAndThoseThatLastedTwoYears) {
  EXPECT_EQ(measure(plans(), "cpp_ended").figure.numerator, 4);
  Result r = measure(plans(), "cpp_ended_2y_plus_pct");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 4);
  EXPECT_DOUBLE_EQ(*r.figure.value, 25.0);
}

TEST(CpPlans, LeapDayPlanReachesTwoYearsOn28February) {
  // 2016-02-29 + 2 years = 2018-02-28 (clamped), so a plan ending that day lasted 2 years.
  Child c = child("C");
  plan(referral(c, "2016-02-01"), "2016-02-29", "2018-02-28");
  EXPECT_EQ(measure({c}, "cpp_ended_2y_plus_pct", "2017-18").figure.numerator, 1);
}

}  // namespace
}  // namespace lens::measures
