#include "core/bank_holidays.hpp"

#include <algorithm>
#include <stdexcept>

namespace lens {
namespace {

Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

Date first_monday(int y, int m) {
  Date d = ymd(y, m, 1);
  while (d.weekday() != Weekday::Monday) d = d + 1;
  return d;
}

Date last_monday(int y, int m) {
  Date d = ymd(y, m, days_in_month(y, m));
  while (d.weekday() != Weekday::Monday) d = d - 1;
  return d;
}

bool is_weekend(Date d) { return d.weekday() >= Weekday::Saturday; }

Date parse_or_throw(const char* iso) {
  auto d = Date::parse(iso);
  if (!d) throw std::logic_error(std::string("bank_holiday_changes: bad date ") + iso);
  return *d;
}

}  // namespace

Date easter_sunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(y, month, day);
}

std::vector<BankHoliday> bank_holidays(int y) {
  std::vector<BankHoliday> out;
  // New Year's Day moves to the following Monday when it falls at a weekend.
  Date new_year = ymd(y, 1, 1);
  while (is_weekend(new_year)) new_year = new_year + 1;
  out.push_back({new_year, "New Year's Day"});
  Date easter = easter_sunday(y);
  out.push_back({easter - 2, "Good Friday"});
  out.push_back({easter + 1, "Easter Monday"});
  out.push_back({first_monday(y, 5), "Early May bank holiday"});
  out.push_back({last_monday(y, 5), "Spring bank holiday"});
  out.push_back({last_monday(y, 8), "Summer bank holiday"});
  // Christmas and Boxing Day each take the next weekday not already taken.
  Date christmas = ymd(y, 12, 25);
  while (is_weekend(christmas)) christmas = christmas + 1;
  Date boxing = std::max(ymd(y, 12, 26), christmas + 1);
  while (is_weekend(boxing)) boxing = boxing + 1;
  out.push_back({christmas, "Christmas Day"});
  out.push_back({boxing, "Boxing Day"});

  for (const auto& change : bank_holiday_changes()) {
    Date date = parse_or_throw(change.date);
    if (date.year() != y) continue;
    if (change.replaces) {
      Date replaced = parse_or_throw(change.replaces);
      std::erase_if(out, [&](const BankHoliday& h) { return h.date == replaced; });
    }
    out.push_back({date, change.name});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  return out;
}

}  // namespace lens
