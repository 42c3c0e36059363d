// indicator.hpp — what an indicator is, and the registry that holds them all.
//
// An indicator declares, next to its computation, everything Lens says about it: its stable id
// (spec/indicators.md), title, definition, unit, polarity, the breakdowns it can give, and the
// published measure it is benchmarked against. Each indicator family is one file under
// measures/indicators/ that registers its indicators with a static IndicatorRegistration, so
// adding one never touches the engine. Rates per 10,000 children have no computation of their
// own: `rate_of` names the count they divide by the child population.
//
// `order` is the indicator's row in the spec's table (sections of 100), which is the order
// every output lists them in. Registration happens before main(); the registry is read-only
// after that and safe to read from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "measures/dimension.hpp"

namespace lens::measures {

class Scope;
class Tally;

enum class Unit { Count, Percent, Per10k, Days, WorkingDays };
// The return an indicator is computed from. An area whose data has none of that return gets no
// figure (with a note) rather than a zero: a count of 0 would say something the data does not.
enum class Source { CinCensus, Ssda903 };
enum class Polarity { Up, Down, None };  // up: higher is better

std::string_view unit_name(Unit u);  // "count", "pct", "per_10k", "days", "working_days"
std::string_view polarity_name(Polarity p);  // "up", "down", "none"

using ComputeFn = void (*)(const Scope& scope, Tally& tally);

struct Indicator {
  int order = 0;
  std::string_view id;
  std::string_view title;
  std::string_view definition;  // as in the spec, for people
  Unit unit = Unit::Count;
  Polarity polarity = Polarity::None;
  std::vector<Dim> breakdowns;  // what `--by` may ask of it
  std::vector<Dim> always;      // breakdowns that are the point of the indicator, always given
  std::string_view rate_of;     // Per10k: the count indicator divided by the population
  std::string_view benchmark;   // the published counterpart, and where definitions differ
  ComputeFn compute = nullptr;
  Source source = Source::CinCensus;
};

// The dimensions every indicator about children can be broken down by.
inline const std::vector<Dim> kChildDims = {Dim::AgeBand, Dim::Gender, Dim::EthnicGroup};
std::vector<Dim> child_dims_and(std::initializer_list<Dim> more);

struct IndicatorRegistration {
  explicit IndicatorRegistration(Indicator indicator);
};

// Every registered indicator, in `order`.
const std::vector<const Indicator*>& all_indicators();
const Indicator* find_indicator(std::string_view id);

}  // namespace lens::measures
