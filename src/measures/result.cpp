#include "measures/result.hpp"

#include <algorithm>

namespace lens::measures {

std::optional<double> ratio(std::int64_t numerator, std::int64_t denominator, double scale) {
  if (denominator == 0) return std::nullopt;
  return scale * static_cast<double>(numerator) / static_cast<double>(denominator);
}

namespace {

Figure figure_of(Unit unit, const Cell& cell) {
  switch (unit) {
    case Unit::Count:
      return Figure{cell.numerator, std::nullopt, static_cast<double>(cell.numerator)};
    case Unit::Percent:
      return Figure{cell.numerator, cell.denominator, ratio(cell.numerator, cell.denominator, 100.0)};
    default:  // means
      return Figure{cell.numerator, cell.denominator, ratio(cell.numerator, cell.denominator, 1.0)};
  }
}

std::optional<double> median_of(std::vector<std::int64_t>& v) {
  if (v.empty()) return std::nullopt;
  // Selection, not a full sort: linear in the number of items.
  const std::size_t n = v.size();
  auto upper = v.begin() + static_cast<std::ptrdiff_t>(n / 2);
  std::nth_element(v.begin(), upper, v.end());
  if (n % 2 == 1) return static_cast<double>(*upper);
  const auto lower = *std::max_element(v.begin(), upper);
  return (static_cast<double>(lower) + static_cast<double>(*upper)) / 2.0;
}

}  // namespace

Result finish(const Indicator& indicator, Tally& tally) {
  Result r;
  r.indicator = &indicator;
  const Cell& total = tally.total();
  r.figure = figure_of(indicator.unit, total);
  if (indicator.unit == Unit::WorkingDays || indicator.unit == Unit::Days) r.median = median_of(tally.amounts());
  for (std::size_t i = 0; i < tally.dims().size(); ++i) {
    Breakdown b{tally.dims()[i], {}};
    auto cats = categories(b.dim);
    const auto& cells = tally.rows(i);
    for (std::size_t k = 0; k < cats.size(); ++k) {
      BreakdownRow row{cats[k].code, cats[k].label, figure_of(indicator.unit, cells[k]), {}};
      if (indicator.unit == Unit::Count) {
        row.figure.denominator = total.numerator;
        row.share = ratio(cells[k].numerator, total.numerator, 100.0);
      }
      b.rows.push_back(row);
    }
    r.breakdowns.push_back(std::move(b));
  }
  return r;
}

}  // namespace lens::measures
