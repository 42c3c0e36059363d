// bank_holidays.hpp — England and Wales bank holidays, by rule plus a table of one-off changes.
//
// The regular holidays follow the Banking and Financial Dealings Act 1971 as applied since 1978:
// New Year's Day, Good Friday, Easter Monday, early May, spring and summer bank holidays,
// Christmas and Boxing Day, with substitute weekdays when a fixed date falls at a weekend.
// Royal proclamations have moved or added days; those are the rows of bank_holiday_changes.cpp,
// so a new one is a one-line change there. Valid for 1978 onwards.
#pragma once

#include <string>
#include <vector>

#include "core/date.hpp"

namespace lens {

struct BankHoliday {
  Date date;
  std::string name;
};

// A change by proclamation: `date` becomes a bank holiday; if `replaces` is set, that day
// (which the rules would give) is no longer one.
struct BankHolidayChange {
  const char* date;
  const char* replaces;  // nullptr for an additional day
  const char* name;
};
const std::vector<BankHolidayChange>& bank_holiday_changes();

// Easter Sunday (Gregorian computus, the anonymous "Meeus/Jones/Butcher" algorithm).
Date easter_sunday(int year);

// Every England and Wales bank holiday in `year`, in date order.
std::vector<BankHoliday> bank_holidays(int year);

}  // namespace lens
