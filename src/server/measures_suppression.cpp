#include "server/measures_suppression.hpp"

#include <fmt/core.h>

#include <string>

namespace lens::server {
namespace {

using json = nlohmann::ordered_json;

bool small(const json& v, std::int64_t threshold) {
  if (!v.is_number_integer()) return false;
  const std::int64_t n = v.get<std::int64_t>();
  return n > 0 && n < threshold;
}

// Suppresses one figure ({value, numerator, denominator, ...}) if it rests on a small number.
bool suppress(json& figure, const std::string& unit, std::int64_t threshold) {
  const json none;
  const json& numerator = figure.contains("numerator") ? figure["numerator"] : none;
  const json& denominator = figure.contains("denominator") ? figure["denominator"] : none;
  bool hide = false;
  if (unit == "count" || unit == "per_10k") hide = small(numerator, threshold);
  else if (unit == "pct") hide = small(numerator, threshold) || small(denominator, threshold);
  else hide = small(denominator, threshold);  // means: the items averaged
  if (!hide) return false;
  for (const char* key : {"value", "numerator", "median", "share"})
    if (figure.contains(key)) figure[key] = nullptr;
  if (unit != "per_10k" && figure.contains("denominator")) figure["denominator"] = nullptr;
  figure["suppressed"] = true;
  return true;
}

}  // namespace

int suppress_small_numbers(json& card, std::int64_t threshold) {
  int suppressed = 0;
  if (!card.contains("indicators")) return 0;
  for (auto& indicator : card["indicators"]) {
    const std::string unit = indicator.value("unit", "");
    suppressed += suppress(indicator, unit, threshold);
    if (indicator.contains("last") && indicator["last"].is_object())
      suppressed += suppress(indicator["last"], unit, threshold);
    if (indicator.contains("breakdown"))
      for (auto& [dim, rows] : indicator["breakdown"].items())
        for (auto& row : rows) suppressed += suppress(row, unit, threshold);
  }
  if (suppressed > 0)
    card["notes"].push_back(fmt::format(
        "figures resting on fewer than {} children or events are suppressed (null): your roles do not "
        "give access to child-level data",
        threshold));
  return suppressed;
}

}  // namespace lens::server
