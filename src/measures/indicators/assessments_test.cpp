#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Working days from A to B count the working days d with A < d <= B.
//  A1 Fri 2016-04-01 -> Tue 2016-06-07: Apr 4-8 (5), 11-15 (10), 18-22 (15), 25-29 (20),
//     Mon 2 May is a bank holiday, May 3-6 (24), 9-13 (29), 16-20 (34), 23-27 (39), Mon 30 May
//     is a bank holiday, 31 May (40), Jun 1-3 (43), 6 (44), 7 (45). 45 -> within; without the
//     two bank holidays it would be 47 and late.
//  A2 the same start, authorised Wed 2016-06-08: 46 -> not within.
//  A3 Fri 2016-12-16 -> Wed 2017-02-22 across Christmas: Dec 19-23 (5), 26 and 27 are bank
//     holidays, 28-30 (8), Jan 2 is a bank holiday, Jan 3-6 (12), then five full weeks to
//     Feb 10 (37), 13-17 (42), 20 (43), 21 (44), 22 (45). 45 -> within.
//  A4 authorised the day it started, 2017-03-31: 0 -> within.
//  A5 authorised 2017-04-03 (after the period) and A6 not authorised: not counted.
// So assessments = 4, within 45 = 3 of 4 = 75%, mean = (45 + 46 + 45 + 0) / 4 = 34, median of
// 0, 45, 45, 46 = 45.
std::vector<Child> assessed() {
  Child a = child("A");
  CinEpisode& e = referral(a, "2016-03-30");
  assessment(e, "2016-04-01", "2016-06-07").factors = {"3B", "4B"};
  assessment(e, "2016-04-01", "2016-06-08").factors = {"3B", "3B"};  // listed twice, counted once
  Child b = child("B");
  CinEpisode& f = referral(b, "2016-12-15");
  assessment(f, "2016-12-16", "2017-02-22").factors = {"21"};
  assessment(f, "2017-03-31", "2017-03-31");
  assessment(f, "2017-03-01", "2017-04-03");
  assessment(f, "2017-03-20", nullptr);
  return {a, b};
}

TEST(Assessments, CountsThoseAuthorisedInThePeriod) {
  EXPECT_EQ(measure(assessed(), "assessments").figure.numerator, 4);
  EXPECT_EQ(measure(assessed(), "assessments", "2017-18").figure.numerator, 1);  // A5
}

TEST(Assessments, Within45WorkingDaysSkipsWeekendsAndBankHolidays) {
  Result r = measure(assessed(), "assessments_within_45wd_pct");
  EXPECT_EQ(r.figure.numerator, 3);
  EXPECT_EQ(*r.figure.denominator, 4);
  EXPECT_DOUBLE_EQ(*r.figure.value, 75.0);
}

TEST(Assessments, MeanAndMedianWorkingDays) {
  Result r = measure(assessed(), "assessment_mean_wd");
  EXPECT_EQ(r.figure.numerator, 136);
  EXPECT_EQ(*r.figure.denominator, 4);
  EXPECT_DOUBLE_EQ(*r.figure.value, 34.0);
  EXPECT_DOUBLE_EQ(*r.median, 45.0);
}

TEST(Assessments, WeekendStartCountsFromTheNextWorkingDay) {
  // Sat 2016-04-02 -> Mon 2016-04-04 is one working day.
  Child a = child("A");
  assessment(referral(a, "2016-04-01"), "2016-04-02", "2016-04-04");
  EXPECT_EQ(measure({a}, "assessment_mean_wd").figure.numerator, 1);
}

TEST(Assessments, FactorsCountOnceEachWithTheirShareOfAssessments) {
  Result r = measure(assessed(), "assessment_factors");
  EXPECT_EQ(r.figure.numerator, 4);
  EXPECT_EQ(row(r, Dim::Factor, "3B").figure.numerator, 2);  // A1 and A2 (once, though listed twice)
  EXPECT_DOUBLE_EQ(*row(r, Dim::Factor, "3B").share, 50.0);
  EXPECT_EQ(row(r, Dim::Factor, "4B").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::Factor, "21").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::Factor, "1A").figure.numerator, 0);
  EXPECT_EQ(breakdown(r, Dim::Factor).rows.front().code, "1A");
}

}  // namespace
}  // namespace lens::measures
