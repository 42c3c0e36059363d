// working_day_calendar.hpp — working days in England and Wales, counted in O(1).
//
// A working day is Monday to Friday and not a bank holiday (bank_holidays.hpp). The calendar
// holds, for every day from 1990-01-01 to 2060-12-31, the number of working days up to and
// including it (a prefix sum), so counting between two dates is one subtraction. The shared
// instance is built once, on first use, and is safe to read from any thread.
//
// The counting convention is the one in spec/indicators.md: working days from A to B are the
// working days d with A < d <= B. The same day is 0; Friday to the next Monday is 1.
// Dates outside the range throw std::out_of_range with the date in the message.
#pragma once

#include <cstdint>
#include <vector>

#include "core/date.hpp"

namespace lens {

class WorkingDayCalendar {
 public:
  static const WorkingDayCalendar& england_and_wales();

  static constexpr int kFirstYear = 1990;
  static constexpr int kLastYear = 2060;

  bool is_working_day(Date d) const;
  bool is_bank_holiday(Date d) const;
  // Working days d with from < d <= to; negative (the same count, negated) when to < from.
  int working_days_between(Date from, Date to) const;
  // The first date d with working_days_between(from, d) == n (n >= 0); n == 0 gives `from`.
  Date add_working_days(Date from, int n) const;
  Date first() const { return first_; }
  Date last() const { return first_ + static_cast<int>(cumulative_.size()) - 1; }

 private:
  WorkingDayCalendar();
  std::size_t index(Date d) const;
  Date first_;
  std::vector<std::int32_t> cumulative_;  // working days in [first_, first_ + i]
  std::vector<std::int32_t> working_;     // day numbers of the working days, ascending
  std::vector<bool> holiday_;
};

// Shorthands for the shared England and Wales calendar.
inline int working_days_between(Date from, Date to) {
  return WorkingDayCalendar::england_and_wales().working_days_between(from, to);
}
inline Date add_working_days(Date from, int n) {
  return WorkingDayCalendar::england_and_wales().add_working_days(from, n);
}

}  // namespace lens
