#include "core/date.hpp"

#include <chrono>
#include <algorithm>
#include <cstdio>

namespace lens {
namespace {
namespace chrono = std::chrono;
using chrono::sys_days;
using chrono::year_month_day;

year_month_day ymd_of(Date d) { return year_month_day{sys_days{std::chrono::days{d.days()}}}; }

bool parse_digits(std::string_view s, int& out) {
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !s.empty();
}
}  // namespace

std::optional<Date> Date::from_ymd(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  year_month_day ymd{chrono::year{y}, chrono::month{static_cast<unsigned>(m)},
                     chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(static_cast<std::int32_t>(sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!parse_digits(s.substr(0, 4), y) || !parse_digits(s.substr(5, 2), m) ||
      !parse_digits(s.substr(8, 2), d))
    return std::nullopt;
  return from_ymd(y, m, d);
}

int Date::year() const { return static_cast<int>(ymd_of(*this).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(ymd_of(*this).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(ymd_of(*this).day())); }

Weekday Date::weekday() const {
  // 1970-01-01 was a Thursday (index 3 when Monday is 0).
  int w = (days_ % 7 + 7 + 3) % 7;
  return static_cast<Weekday>(w);
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
  return buf;
}

bool is_leap_year(int y) { return chrono::year{y}.is_leap(); }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

Date add_months(Date d, int months) {
  int index = d.year() * 12 + (d.month() - 1) + months;
  int y = index >= 0 ? index / 12 : (index - 11) / 12;
  int m = index - y * 12 + 1;
  int dd = std::min(d.day(), days_in_month(y, m));
  return *Date::from_ymd(y, m, dd);
}

Date add_years(Date d, int years) { return add_months(d, 12 * years); }

int age_in_years(Date birth, Date at) {
  int age = at.year() - birth.year();
  if (add_years(birth, age) > at) --age;
  return age;
}

}  // namespace lens
