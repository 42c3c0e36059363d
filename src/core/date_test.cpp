#include "core/date.hpp"

#include <gtest/gtest.h>

namespace lens {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }

TEST(Date, ParsesStrictIsoDates) {
  EXPECT_EQ(d("1970-01-01").days(), 0);
  EXPECT_EQ(d("2017-03-31").iso(), "2017-03-31");
  EXPECT_EQ(d("2020-02-29").day(), 29);
  EXPECT_FALSE(Date::parse("2019-02-29"));  // not a leap year
  EXPECT_FALSE(Date::parse("2019-02-30"));
  EXPECT_FALSE(Date::parse("2019-13-01"));
  EXPECT_FALSE(Date::parse("2019-04-31"));
  EXPECT_FALSE(Date::parse("2019-00-10"));
  EXPECT_FALSE(Date::parse("2019-2-3"));
  EXPECT_FALSE(Date::parse("2019-02-03T00:00:00"));
  EXPECT_FALSE(Date::parse(" 2019-02-03"));
  EXPECT_FALSE(Date::parse("2019/02/03"));
  EXPECT_FALSE(Date::parse(""));
  EXPECT_TRUE(Date::parse("2000-02-29"));   // divisible by 400
  EXPECT_FALSE(Date::parse("1900-02-29"));  // divisible by 100, not 400
}

TEST(Date, KnowsItsWeekday) {
  EXPECT_EQ(d("1970-01-01").weekday(), Weekday::Thursday);
  EXPECT_EQ(d("2017-03-31").weekday(), Weekday::Friday);
  EXPECT_EQ(d("2021-12-25").weekday(), Weekday::Saturday);
  EXPECT_EQ(d("1969-12-29").weekday(), Weekday::Monday);  // before the epoch
}

TEST(Date, AddsMonthsClampingToMonthEnd) {
  EXPECT_EQ(add_months(d("2019-11-30"), 3), d("2020-02-29"));  // the spec's own example
  EXPECT_EQ(add_months(d("2020-01-31"), 1), d("2020-02-29"));
  EXPECT_EQ(add_months(d("2021-01-31"), 1), d("2021-02-28"));
  EXPECT_EQ(add_months(d("2016-04-15"), 6), d("2016-10-15"));
  EXPECT_EQ(add_months(d("2016-11-15"), 3), d("2017-02-15"));  // across a year end
  EXPECT_EQ(add_months(d("2020-03-31"), -1), d("2020-02-29"));
  EXPECT_EQ(add_months(d("2020-01-15"), -13), d("2018-12-15"));
  EXPECT_EQ(add_years(d("2016-02-29"), 1), d("2017-02-28"));
  EXPECT_EQ(add_years(d("2016-02-29"), 4), d("2020-02-29"));
  EXPECT_EQ(add_years(d("2015-03-01"), 2), d("2017-03-01"));
}

TEST(Date, AgeIsCompletedYears) {
  EXPECT_EQ(age_in_years(d("2010-06-15"), d("2016-06-14")), 5);
  EXPECT_EQ(age_in_years(d("2010-06-15"), d("2016-06-15")), 6);
  EXPECT_EQ(age_in_years(d("2012-02-29"), d("2013-02-27")), 0);
  EXPECT_EQ(age_in_years(d("2012-02-29"), d("2013-02-28")), 1);
  EXPECT_EQ(age_in_years(d("2012-02-29"), d("2016-02-28")), 3);
  EXPECT_EQ(age_in_years(d("2012-02-29"), d("2016-02-29")), 4);
  EXPECT_EQ(age_in_years(d("2017-01-10"), d("2017-01-09")), -1);  // not yet born
}

}  // namespace
}  // namespace lens
