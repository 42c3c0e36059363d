#include "measures/indicator.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <string>

namespace lens::measures {
namespace {

struct Registry {
  std::deque<Indicator> indicators;  // a deque: registering never moves earlier ones
  std::vector<const Indicator*> sorted;
};

Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

std::string_view unit_name(Unit u) {
  switch (u) {
    case Unit::Count: return "count";
    case Unit::Percent: return "pct";
    case Unit::Per10k: return "per_10k";
    case Unit::Days: return "days";
    case Unit::WorkingDays: return "working_days";
  }
  return "count";
}

std::string_view polarity_name(Polarity p) {
  switch (p) {
    case Polarity::Up: return "up";
    case Polarity::Down: return "down";
    case Polarity::None: return "none";
  }
  return "none";
}

std::vector<Dim> child_dims_and(std::initializer_list<Dim> more) {
  std::vector<Dim> dims(more);
  dims.insert(dims.end(), kChildDims.begin(), kChildDims.end());
  return dims;
}

IndicatorRegistration::IndicatorRegistration(Indicator indicator) {
  auto& r = registry();
  for (const auto& i : r.indicators)
    if (i.id == indicator.id) throw std::logic_error("indicator registered twice: " + std::string(indicator.id));
  r.indicators.push_back(std::move(indicator));
  const Indicator* added = &r.indicators.back();
  auto at = std::upper_bound(r.sorted.begin(), r.sorted.end(), added,
                             [](const Indicator* a, const Indicator* b) { return a->order < b->order; });
  r.sorted.insert(at, added);
}

const std::vector<const Indicator*>& all_indicators() { return registry().sorted; }

const Indicator* find_indicator(std::string_view id) {
  for (const Indicator* i : registry().sorted)
    if (i->id == id) return i;
  return nullptr;
}

}  // namespace lens::measures
