#include "measures/targets.hpp"

#include <fmt/core.h>

#include <charconv>
#include <cmath>

#include "measures/csv.hpp"
#include "measures/data_files.hpp"
#include "measures/indicator.hpp"

namespace lens::measures {

std::string_view rag_name(Rag r) {
  switch (r) {
    case Rag::Green: return "green";
    case Rag::Amber: return "amber";
    case Rag::Red: return "red";
    case Rag::None: return "";
  }
  return "";
}

TargetTable TargetTable::load(const std::string& path) {
  auto in = open_data_file(path);
  CsvReader reader(in);
  std::vector<std::string> row;
  if (!reader.next(row)) throw DataError(path + ": the file is empty");
  CsvHeader h(row);
  auto id = h.find("indicator_id"), target = h.find("target"), tolerance = h.find("tolerance"), source = h.find("source");
  if (!id || !target || !tolerance)
    throw DataError(path + ": expected the columns indicator_id, target, tolerance (and source)");
  TargetTable t;
  auto number = [&](const std::string& text, const char* what) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size())
      throw DataError(fmt::format("{}:{}: {} '{}' is not a number", path, reader.line(), what, text));
    return v;
  };
  while (reader.next(row)) {
    if (row.size() < h.names().size())
      throw DataError(fmt::format("{}:{}: expected {} fields, found {}", path, reader.line(), h.names().size(), row.size()));
    if (!find_indicator(row[*id]))
      throw DataError(fmt::format("{}:{}: '{}' is not an indicator id (see `lens measures --list`)", path,
                                  reader.line(), row[*id]));
    Target tg{number(row[*target], "target"), number(row[*tolerance], "tolerance"), source ? row[*source] : ""};
    if (tg.tolerance < 0) throw DataError(fmt::format("{}:{}: the tolerance must not be negative", path, reader.line()));
    t.set(row[*id], tg);
  }
  return t;
}

const Target* TargetTable::find(std::string_view indicator_id) const {
  auto it = by_id_.find(indicator_id);
  return it == by_id_.end() ? nullptr : &it->second;
}

Rag rate(Polarity polarity, const Target& t, std::optional<double> value) {
  if (!value || polarity == Polarity::None) return Rag::None;
  // Rated as people see it, to one decimal place, so 5.04 shown as 5.0 meets a target of 5.
  const double shown = std::round(*value * 10.0) / 10.0;
  // How far the value is on the wrong side of the target (0 or less: met).
  const double shortfall = polarity == Polarity::Up ? t.target - shown : shown - t.target;
  constexpr double kSlack = 1e-9;  // 6.5 - 5 is not exactly 1.5 in binary
  if (shortfall <= kSlack) return Rag::Green;
  if (shortfall <= t.tolerance + kSlack) return Rag::Amber;
  return Rag::Red;
}

}  // namespace lens::measures
