// date.hpp — a calendar date as a day number, with ISO-8601 parsing and month arithmetic.
//
// Lens counts days, not instants: every date in the returns it reads is a civil date in England
// with no time of day, so a Date is the number of days since 1970-01-01 (proleptic Gregorian).
// Comparing and subtracting dates is integer arithmetic. Parsing is strict: "2019-02-30",
// "2019-2-3" and "2019-02-03T00:00" are all rejected, because the returns must carry xs:date.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lens {

enum class Weekday : std::uint8_t { Monday = 0, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

class Date {
 public:
  constexpr Date() = default;  // 1970-01-01
  static constexpr Date from_days(std::int32_t days) { return Date(days); }
  // Returns nullopt unless y-m-d is a real date (so 2019-02-29 is rejected, 2020-02-29 is not).
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Strict "YYYY-MM-DD". Leading/trailing whitespace is not trimmed.
  static std::optional<Date> parse(std::string_view iso);

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  Weekday weekday() const;
  std::string iso() const;  // "YYYY-MM-DD"

  constexpr Date operator+(int d) const { return Date(days_ + d); }
  constexpr Date operator-(int d) const { return Date(days_ - d); }
  constexpr int operator-(Date other) const { return days_ - other.days_; }
  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

using OptDate = std::optional<Date>;

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Adds calendar months, clamping to the end of the month: 2019-11-30 + 3 = 2020-02-29,
// 2020-01-31 + 1 = 2020-02-29. Negative months go back.
Date add_months(Date d, int months);
// add_months(d, 12 * years): 2016-02-29 + 1 year = 2017-02-28.
Date add_years(Date d, int years);
// Completed years on `at` (a birthday counts from the day itself; a 29 February birthday is
// reached on 28 February in non-leap years, as add_years clamps). Negative if `at` < birth.
int age_in_years(Date birth, Date at);

}  // namespace lens
