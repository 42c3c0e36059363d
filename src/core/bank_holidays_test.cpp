#include "core/bank_holidays.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace lens {
namespace {

Date d(const char* iso) { return *Date::parse(iso); }

std::vector<std::string> dates(int year) {
  std::vector<std::string> out;
  for (const auto& h : bank_holidays(year)) out.push_back(h.date.iso());
  return out;
}

bool is_holiday(const char* iso) {
  Date day = d(iso);
  auto all = bank_holidays(day.year());
  return std::any_of(all.begin(), all.end(), [&](const auto& h) { return h.date == day; });
}

TEST(BankHolidays, EasterSundayByComputus) {
  // Published Easter Sunday dates.
  EXPECT_EQ(easter_sunday(1990), d("1990-04-15"));
  EXPECT_EQ(easter_sunday(2000), d("2000-04-23"));
  EXPECT_EQ(easter_sunday(2008), d("2008-03-23"));  // early
  EXPECT_EQ(easter_sunday(2011), d("2011-04-24"));  // late
  EXPECT_EQ(easter_sunday(2016), d("2016-03-27"));
  EXPECT_EQ(easter_sunday(2017), d("2017-04-16"));
  EXPECT_EQ(easter_sunday(2018), d("2018-04-01"));
  EXPECT_EQ(easter_sunday(2019), d("2019-04-21"));
  EXPECT_EQ(easter_sunday(2020), d("2020-04-12"));
  EXPECT_EQ(easter_sunday(2021), d("2021-04-04"));
  EXPECT_EQ(easter_sunday(2024), d("2024-03-31"));
  EXPECT_EQ(easter_sunday(2025), d("2025-04-20"));
  EXPECT_EQ(easter_sunday(2038), d("2038-04-25"));  // latest possible date
}

TEST(BankHolidays, AnOrdinaryYear) {
  EXPECT_EQ(dates(2019), (std::vector<std::string>{"2019-01-01", "2019-04-19", "2019-04-22",
                                                   "2019-05-06", "2019-05-27", "2019-08-26",
                                                   "2019-12-25", "2019-12-26"}));
}

TEST(BankHolidays, WeekendSubstitutions) {
  // 2021: Christmas Saturday, Boxing Day Sunday -> Monday 27 and Tuesday 28.
  EXPECT_EQ(dates(2021).back(), "2021-12-28");
  EXPECT_TRUE(is_holiday("2021-12-27"));
  EXPECT_FALSE(is_holiday("2021-12-25"));
  // 2022: Christmas Sunday -> Tuesday 27; Boxing Day Monday 26 stays.
  EXPECT_TRUE(is_holiday("2022-12-26"));
  EXPECT_TRUE(is_holiday("2022-12-27"));
  // 2020: Boxing Day Saturday -> Monday 28.
  EXPECT_TRUE(is_holiday("2020-12-28"));
  EXPECT_TRUE(is_holiday("2020-12-25"));
  // New Year's Day on a Sunday (2017) -> Monday 2; on a Saturday (2022) -> Monday 3.
  EXPECT_EQ(dates(2017).front(), "2017-01-02");
  EXPECT_EQ(dates(2022).front(), "2022-01-03");
}

TEST(BankHolidays, EveryOneOffChange) {
  EXPECT_TRUE(is_holiday("1995-05-08"));
  EXPECT_FALSE(is_holiday("1995-05-01"));
  EXPECT_TRUE(is_holiday("1999-12-31"));
  EXPECT_TRUE(is_holiday("2002-06-03"));
  EXPECT_TRUE(is_holiday("2002-06-04"));
  EXPECT_FALSE(is_holiday("2002-05-27"));
  EXPECT_TRUE(is_holiday("2011-04-29"));
  EXPECT_TRUE(is_holiday("2012-06-04"));
  EXPECT_TRUE(is_holiday("2012-06-05"));
  EXPECT_FALSE(is_holiday("2012-05-28"));
  EXPECT_TRUE(is_holiday("2020-05-08"));
  EXPECT_FALSE(is_holiday("2020-05-04"));
  EXPECT_TRUE(is_holiday("2022-06-02"));
  EXPECT_TRUE(is_holiday("2022-06-03"));
  EXPECT_FALSE(is_holiday("2022-05-30"));
  EXPECT_TRUE(is_holiday("2022-09-19"));
  EXPECT_TRUE(is_holiday("2023-05-08"));
  EXPECT_TRUE(is_holiday("2023-05-01"));  // the coronation day was added, not moved
  EXPECT_EQ(bank_holidays(2022).size(), 10u);
  EXPECT_EQ(bank_holidays(2012).size(), 9u);
}

}  // namespace
}  // namespace lens
