// period.hpp — the reporting period a measure is computed for.
//
// A Period is two dates, both inclusive (spec/indicators.md, "Conventions"). It is written the
// way partnerships talk about time:
//   2016-17            financial year        2016-04-01 .. 2017-03-31
//   2016-17-Q1         its first quarter     2016-04-01 .. 2016-06-30 (Q1..Q4 = Apr, Jul, Oct, Jan)
//   2016-Q1            calendar quarter      2016-01-01 .. 2016-03-31
//   2016-04            calendar month        2016-04-01 .. 2016-04-30
//   2016-04-01..2016-09-30                   any range, both ends inclusive
// parse_period throws PeriodError with a message naming the text and what was expected.
// The period "before" a period is the one of the same kind immediately preceding it (last year,
// last quarter, last month; for a range, the same number of days ending the day before).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace lens::measures {

class PeriodError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Period {
  enum class Kind { FinancialYear, FinancialQuarter, CalendarQuarter, Month, Range };
  Kind kind = Kind::Range;
  Date start;
  Date end;
  std::string label;  // as the user wrote it, normalised ("2016-17", "2016-04-01..2016-09-30")

  bool contains(Date d) const { return start <= d && d <= end; }
  // Whole financial year (published comparators are annual, so they apply only then).
  bool is_financial_year() const { return kind == Kind::FinancialYear; }
  bool operator==(const Period&) const = default;
};

Period parse_period(std::string_view text);
Period previous_period(const Period& p);
// "2016-17" for the financial year starting 1 April `start_year`.
Period financial_year(int start_year);

}  // namespace lens::measures
