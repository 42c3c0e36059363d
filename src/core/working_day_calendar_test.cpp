#include "core/working_day_calendar.hpp"

#include <gtest/gtest.h>

namespace lens {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }
int between(const char* a, const char* b) { return working_days_between(d(a), d(b)); }

TEST(WorkingDays, CountExcludesStartIncludesEnd) {
  EXPECT_EQ(between("2017-03-29", "2017-03-29"), 0);  // same day
  EXPECT_EQ(between("2017-03-31", "2017-04-03"), 1);  // Friday -> Monday
  EXPECT_EQ(between("2017-04-01", "2017-04-02"), 0);  // Saturday -> Sunday
  EXPECT_EQ(between("2017-03-27", "2017-03-31"), 4);  // Monday -> Friday
  EXPECT_EQ(between("2017-03-31", "2017-03-27"), -4);
}

TEST(WorkingDays, SkipsBankHolidays) {
  // Easter 2017: Good Friday 14 April, Easter Monday 17 April.
  EXPECT_EQ(between("2017-04-13", "2017-04-18"), 1);
  // Christmas 2021 (substitutes on 27 and 28 December).
  EXPECT_EQ(between("2021-12-24", "2021-12-29"), 1);
  // Christmas 2022 (26 and 27 December).
  EXPECT_EQ(between("2022-12-23", "2022-12-28"), 1);
  // Spring 2022: 30 May is a working day, 2 and 3 June are holidays.
  EXPECT_EQ(between("2022-05-27", "2022-06-06"), 4);
  // 8 May 2020 instead of 4 May.
  EXPECT_EQ(between("2020-05-01", "2020-05-08"), 4);
}

TEST(WorkingDays, LeapDays) {
  EXPECT_EQ(between("2020-02-28", "2020-02-29"), 0);  // Saturday
  EXPECT_EQ(between("2020-02-28", "2020-03-02"), 1);
  EXPECT_EQ(between("2016-02-26", "2016-03-01"), 2);  // Mon 29 Feb and Tue 1 Mar
}

TEST(WorkingDays, RangesOverSeveralYears) {
  // 2016-17: Saturday 2016-04-02 to Friday 2017-03-31 is 364 days, exactly 52 weeks, so 260
  // weekdays, less 6 bank holidays (2 May, 30 May, 29 Aug, 26 and 27 Dec 2016, 2 Jan 2017;
  // Easter 2016 was before the start, Easter 2017 after the end) = 254.
  EXPECT_EQ(between("2016-04-01", "2017-03-31"), 254);
  // Two whole years add up.
  EXPECT_EQ(between("2016-04-01", "2018-03-31"),
            between("2016-04-01", "2017-03-31") + between("2017-03-31", "2018-03-31"));
  EXPECT_EQ(between("1990-01-01", "2060-12-31"),
            between("1990-01-01", "2025-06-30") + between("2025-06-30", "2060-12-31"));
}

TEST(WorkingDays, AddingWorkingDays) {
  // An s47 started Friday 16 Dec 2016: 15 working days pass 26/27 Dec and 2 Jan.
  EXPECT_EQ(add_working_days(d("2016-12-16"), 15), d("2017-01-11"));
  EXPECT_EQ(add_working_days(d("2017-03-31"), 1), d("2017-04-03"));
  EXPECT_EQ(add_working_days(d("2017-04-01"), 0), d("2017-04-01"));
  EXPECT_EQ(add_working_days(d("2017-04-01"), 1), d("2017-04-03"));  // from a Saturday
  // Assessment started Tuesday 2 April 2019: 18 working days in the rest of April (less Good
  // Friday 19 and Easter Monday 22), 21 in May (less 6 and 27 May), then 3-7 June and 10 June.
  EXPECT_EQ(add_working_days(d("2019-04-02"), 45), d("2019-06-10"));
  for (const char* start : {"2016-12-16", "2019-04-02", "2020-02-28", "2022-05-27"}) {
    Date end = add_working_days(d(start), 45);
    EXPECT_EQ(working_days_between(d(start), end), 45) << start;
    EXPECT_EQ(working_days_between(d(start), end - 1), 44) << start;
  }
}

TEST(WorkingDays, OutsideTheCalendarIsAClearError) {
  EXPECT_THROW(between("1989-12-31", "1990-01-02"), std::out_of_range);
  try {
    between("2017-01-01", "2061-01-01");
    FAIL();
  } catch (const std::out_of_range& e) {
    EXPECT_NE(std::string(e.what()).find("2061-01-01"), std::string::npos);
  }
}

}  // namespace
}  // namespace lens
