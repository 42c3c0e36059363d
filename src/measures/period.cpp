#include "measures/period.hpp"

#include <fmt/core.h>

#include <charconv>
#include <regex>

namespace lens::measures {
namespace {

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

Date ymd(int y, int m, int d) {
  auto date = Date::from_ymd(y, m, d);
  if (!date) throw PeriodError(fmt::format("{:04}-{:02}-{:02} is not a date", y, m, d));
  return *date;
}

Date month_end(int y, int m) { return ymd(y, m, days_in_month(y, m)); }

std::string fy_label(int start_year) { return fmt::format("{}-{:02}", start_year, (start_year + 1) % 100); }

Period make(Period::Kind kind, Date start, Date end, std::string label) {
  return Period{kind, start, end, std::move(label)};
}

Period calendar_quarter(int year, int q) {
  int m = 3 * (q - 1) + 1;
  return make(Period::Kind::CalendarQuarter, ymd(year, m, 1), month_end(year, m + 2),
              fmt::format("{}-Q{}", year, q));
}

Period financial_quarter(int start_year, int q) {
  // Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March.
  int m = q == 4 ? 1 : 3 * q + 1;
  int y = q == 4 ? start_year + 1 : start_year;
  return make(Period::Kind::FinancialQuarter, ymd(y, m, 1), month_end(y, m + 2),
              fmt::format("{}-Q{}", fy_label(start_year), q));
}

Period month(int y, int m) {
  return make(Period::Kind::Month, ymd(y, m, 1), month_end(y, m), fmt::format("{:04}-{:02}", y, m));
}

}  // namespace

Period financial_year(int start_year) {
  return make(Period::Kind::FinancialYear, ymd(start_year, 4, 1), ymd(start_year + 1, 3, 31),
              fy_label(start_year));
}

Period parse_period(std::string_view text) {
  static const std::regex fy(R"((\d{4})-(\d{2}))");
  static const std::regex fq(R"((\d{4})-(\d{2})-Q([1-4]))");
  static const std::regex cq(R"((\d{4})-Q([1-4]))");
  static const std::regex range(R"((\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}))");
  const std::string s(text);
  std::smatch m;
  auto fy_start = [&](const std::string& first, const std::string& second) {
    int y = to_int(first);
    if ((y + 1) % 100 != to_int(second))
      throw PeriodError(fmt::format(
          "period '{}': a financial year is written YYYY-YY with consecutive years, e.g. {}", s,
          fy_label(y)));
    return y;
  };
  if (std::regex_match(s, m, fq)) return financial_quarter(fy_start(m[1], m[2]), to_int(m.str(3)));
  if (std::regex_match(s, m, cq)) return calendar_quarter(to_int(m.str(1)), to_int(m.str(2)));
  if (std::regex_match(s, m, fy)) {
    // "2016-04" is a month, "2016-17" a financial year. They can only collide when the month
    // equals the next year's last two digits (2011-12): that reads as the financial year, and
    // December 2011 is written 2011-12-01..2011-12-31.
    int second = to_int(m.str(2));
    int year = to_int(m.str(1));
    if (second >= 1 && second <= 12 && (year + 1) % 100 != second) return month(year, second);
    return financial_year(fy_start(m[1], m[2]));
  }
  if (std::regex_match(s, m, range)) {
    auto from = Date::parse(m.str(1));
    auto to = Date::parse(m.str(2));
    if (!from) throw PeriodError(fmt::format("period '{}': {} is not a date", s, m.str(1)));
    if (!to) throw PeriodError(fmt::format("period '{}': {} is not a date", s, m.str(2)));
    if (*to < *from)
      throw PeriodError(fmt::format("period '{}': the end {} is before the start {}", s, to->iso(),
                                    from->iso()));
    return make(Period::Kind::Range, *from, *to, from->iso() + ".." + to->iso());
  }
  throw PeriodError(fmt::format(
      "period '{}' is not understood; write a financial year (2016-17), a quarter (2016-17-Q1 "
      "or 2016-Q1), a month (2016-04) or a range (2016-04-01..2016-09-30)",
      s));
}

Period previous_period(const Period& p) {
  switch (p.kind) {
    case Period::Kind::FinancialYear:
      return financial_year(p.start.year() - 1);
    case Period::Kind::FinancialQuarter: {
      int fy = p.start.month() >= 4 ? p.start.year() : p.start.year() - 1;
      int q = p.start.month() >= 4 ? (p.start.month() - 1) / 3 : 4;  // Apr=1, Jul=2, Oct=3, Jan=4
      return q == 1 ? financial_quarter(fy - 1, 4) : financial_quarter(fy, q - 1);
    }
    case Period::Kind::CalendarQuarter: {
      int q = (p.start.month() - 1) / 3 + 1;
      return q == 1 ? calendar_quarter(p.start.year() - 1, 4) : calendar_quarter(p.start.year(), q - 1);
    }
    case Period::Kind::Month: {
      Date first = add_months(p.start, -1);
      return month(first.year(), first.month());
    }
    case Period::Kind::Range: {
      int days = p.end - p.start;
      Date end = p.start - 1;
      Date start = end - days;
      return make(Period::Kind::Range, start, end, start.iso() + ".." + end.iso());
    }
  }
  return p;
}

}  // namespace lens::measures
