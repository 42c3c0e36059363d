#include "measures/period.hpp"

#include <gtest/gtest.h>

namespace lens::measures {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }

TEST(Period, FinancialYearRunsAprilToMarchInclusive) {
  Period p = parse_period("2016-17");
  EXPECT_EQ(p.kind, Period::Kind::FinancialYear);
  EXPECT_EQ(p.start, d("2016-04-01"));
  EXPECT_EQ(p.end, d("2017-03-31"));
  EXPECT_TRUE(p.contains(d("2017-03-31")));
  EXPECT_FALSE(p.contains(d("2017-04-01")));
  EXPECT_EQ(p.label, "2016-17");
  EXPECT_EQ(parse_period("1999-00").end, d("2000-03-31"));  // across a century
}

TEST(Period, QuartersMonthsAndRanges) {
  // Financial Q4 of 2016-17 is January to March 2017.
  Period q4 = parse_period("2016-17-Q4");
  EXPECT_EQ(q4.start, d("2017-01-01"));
  EXPECT_EQ(q4.end, d("2017-03-31"));
  Period q1 = parse_period("2016-17-Q1");
  EXPECT_EQ(q1.start, d("2016-04-01"));
  EXPECT_EQ(q1.end, d("2016-06-30"));
  // A calendar quarter: 2016 is a leap year, so Q1 ends... on 31 March regardless.
  Period cq = parse_period("2016-Q1");
  EXPECT_EQ(cq.start, d("2016-01-01"));
  EXPECT_EQ(cq.end, d("2016-03-31"));
  Period feb = parse_period("2016-02");
  EXPECT_EQ(feb.kind, Period::Kind::Month);
  EXPECT_EQ(feb.end, d("2016-02-29"));  // leap year
  Period r = parse_period("2016-04-10..2016-04-10");
  EXPECT_EQ(r.start, r.end);
}

TEST(Period, FinancialYearWinsTheOneAmbiguousSpelling) {
  EXPECT_EQ(parse_period("2011-12").kind, Period::Kind::FinancialYear);
  EXPECT_EQ(parse_period("2011-11").kind, Period::Kind::Month);
}

TEST(Period, RejectsWhatItCannotRead) {
  EXPECT_THROW(parse_period("2016-18"), PeriodError);  // not consecutive, not a month
  EXPECT_THROW(parse_period("2016/17"), PeriodError);
  EXPECT_THROW(parse_period("2016-Q5"), PeriodError);
  EXPECT_THROW(parse_period("2017-04-01..2016-04-01"), PeriodError);
  EXPECT_THROW(parse_period("2017-02-30..2017-03-01"), PeriodError);
  try {
    parse_period("last year");
    FAIL();
  } catch (const PeriodError& e) {
    EXPECT_NE(std::string(e.what()).find("'last year'"), std::string::npos);
  }
}

TEST(Period, PreviousIsTheSameKindImmediatelyBefore) {
  EXPECT_EQ(previous_period(parse_period("2016-17")).label, "2015-16");
  EXPECT_EQ(previous_period(parse_period("2016-17-Q1")).label, "2015-16-Q4");
  EXPECT_EQ(previous_period(parse_period("2016-17-Q4")).label, "2016-17-Q3");
  EXPECT_EQ(previous_period(parse_period("2016-Q1")).label, "2015-Q4");
  EXPECT_EQ(previous_period(parse_period("2016-03")).label, "2016-02");
  EXPECT_EQ(previous_period(parse_period("2016-01")).label, "2015-12");
  // A 10-day range: the 10 days before it.
  Period before = previous_period(parse_period("2016-04-11..2016-04-20"));
  EXPECT_EQ(before.start, d("2016-04-01"));
  EXPECT_EQ(before.end, d("2016-04-10"));
}

}  // namespace
}  // namespace lens::measures
