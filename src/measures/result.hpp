// result.hpp — the figures an indicator gives for one area and period.
//
// Every result carries its numerator, denominator and value together (spec: "numerator and
// denominator are always reported with the value"):
//   count         value = numerator; no denominator
//   pct           value = 100 x numerator / denominator
//   per_10k       numerator = the count, denominator = children aged 0-17, value = count / children x 10,000
//   working_days  numerator = total working days, denominator = items, value = the mean (median beside it)
// A value is null (std::nullopt) when it cannot be known: a denominator of 0, or a population
// that is not known (with a note saying which). Values keep full precision; outputs round.
// Breakdown rows follow the same rules inside their category; for counts, a row's denominator
// is the headline count, so `share` is the category's percentage of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "measures/dimension.hpp"
#include "measures/indicator.hpp"
#include "measures/tally.hpp"

namespace lens::measures {

struct Figure {
  std::int64_t numerator = 0;
  std::optional<std::int64_t> denominator;
  std::optional<double> value;
};

struct BreakdownRow {
  std::string_view code;
  std::string_view label;
  Figure figure;
  std::optional<double> share;  // counts only: percentage of the headline count
};

struct Breakdown {
  Dim dim;
  std::vector<BreakdownRow> rows;  // every category, in code-list order
};

struct Result {
  const Indicator* indicator = nullptr;
  Figure figure;
  std::optional<double> median;  // working-day means only
  std::vector<Breakdown> breakdowns;
  std::vector<std::string> notes;
};

// The figures of a finished tally, for an indicator whose unit is not per_10k.
Result finish(const Indicator& indicator, Tally& tally);

std::optional<double> ratio(std::int64_t numerator, std::int64_t denominator, double scale);

}  // namespace lens::measures
