#include "core/working_day_calendar.hpp"

#include <stdexcept>

#include "core/bank_holidays.hpp"

namespace lens {

const WorkingDayCalendar& WorkingDayCalendar::england_and_wales() {
  static const WorkingDayCalendar calendar;
  return calendar;
}

WorkingDayCalendar::WorkingDayCalendar() : first_(*Date::from_ymd(kFirstYear, 1, 1)) {
  Date end = *Date::from_ymd(kLastYear, 12, 31);
  std::size_t n = static_cast<std::size_t>(end - first_) + 1;
  holiday_.assign(n, false);
  for (int y = kFirstYear; y <= kLastYear; ++y)
    for (const auto& h : bank_holidays(y)) holiday_[static_cast<std::size_t>(h.date - first_)] = true;
  cumulative_.resize(n);
  std::int32_t count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Date d = first_ + static_cast<int>(i);
    if (d.weekday() < Weekday::Saturday && !holiday_[i]) {
      ++count;
      working_.push_back(d.days());
    }
    cumulative_[i] = count;
  }
}

std::size_t WorkingDayCalendar::index(Date d) const {
  if (d < first_ || d > last())
    throw std::out_of_range("date " + d.iso() + " is outside the working-day calendar (" +
                            first_.iso() + " to " + last().iso() + ")");
  return static_cast<std::size_t>(d - first_);
}

bool WorkingDayCalendar::is_bank_holiday(Date d) const { return holiday_[index(d)]; }

bool WorkingDayCalendar::is_working_day(Date d) const {
  return d.weekday() < Weekday::Saturday && !is_bank_holiday(d);
}

int WorkingDayCalendar::working_days_between(Date from, Date to) const {
  return cumulative_[index(to)] - cumulative_[index(from)];
}

Date WorkingDayCalendar::add_working_days(Date from, int n) const {
  if (n < 0) throw std::invalid_argument("add_working_days: n must be 0 or more");
  if (n == 0) return from;
  std::size_t k = static_cast<std::size_t>(cumulative_[index(from)]) + static_cast<std::size_t>(n);
  if (k > working_.size())
    throw std::out_of_range("adding " + std::to_string(n) + " working days to " + from.iso() +
                            " goes past the working-day calendar");
  return Date::from_days(working_[k - 1]);
}

}  // namespace lens
