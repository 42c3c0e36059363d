#include "measures/comparators.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "measures/csv.hpp"
#include "measures/data_files.hpp"

namespace lens::measures {

ComparatorTable ComparatorTable::load_folder(const std::string& folder) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(folder))
    throw DataError("comparator folder not found: " + folder +
                    " (point Lens at its data with --data-dir or LENS_DATA_DIR)");
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".csv") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  ComparatorTable t;
  for (const auto& f : files) t.load_file(f);
  return t;
}

ComparatorTable ComparatorTable::load_default() { return load_folder(data_path("comparators")); }

void ComparatorTable::load_file(const std::string& path) {
  auto in = open_data_file(path);
  CsvReader reader(in);
  std::vector<std::string> row;
  if (!reader.next(row)) return;
  CsvHeader h(row);
  auto id = h.find("indicator_id"), year = h.find("year"), code = h.find("area_code"), name = h.find("area_name"),
       value = h.find("value"), source = h.find("source");
  if (!id || !year || !code || !name || !value || !source)
    throw DataError(path + ": expected the columns indicator_id, year, area_code, area_name, value, source");
  while (reader.next(row)) {
    if (row.size() < h.names().size())
      throw DataError(fmt::format("{}:{}: expected {} fields, found {}", path, reader.line(), h.names().size(), row.size()));
    double v = 0;
    const std::string& text = row[*value];
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size())
      throw DataError(fmt::format("{}:{}: value '{}' is not a number (leave suppressed figures out)", path,
                                  reader.line(), text));
    add({row[*id], row[*year], row[*code], row[*name], v, row[*source]});
  }
}

void ComparatorTable::add(ComparatorRow row) {
  auto key = std::make_tuple(row.indicator_id, row.year, row.area_code);
  rows_.try_emplace(std::move(key), std::move(row));
}

const ComparatorRow* ComparatorTable::find(std::string_view indicator, std::string_view year,
                                           std::string_view area) const {
  auto it = rows_.find(std::make_tuple(std::string(indicator), std::string(year), std::string(area)));
  return it == rows_.end() ? nullptr : &it->second;
}

StatisticalNeighbours StatisticalNeighbours::load(const std::string& path) {
  auto in = open_data_file(path);
  CsvReader reader(in);
  std::vector<std::string> row;
  if (!reader.next(row)) throw DataError(path + ": the file is empty");
  CsvHeader h(row);
  auto model = h.find("model"), la = h.find("la_code"), neighbour = h.find("neighbour_la_code");
  if (!model || !la || !neighbour)
    throw DataError(path + ": expected the columns model, la_code, rank, neighbour_la_code");
  StatisticalNeighbours sn;
  while (reader.next(row)) {
    if (row.size() < h.names().size())
      throw DataError(fmt::format("{}:{}: expected {} fields, found {}", path, reader.line(), h.names().size(), row.size()));
    sn.add(row[*model], row[*la], row[*neighbour]);
  }
  return sn;
}

StatisticalNeighbours StatisticalNeighbours::load_default() { return load(data_path("statistical_neighbours.csv")); }

void StatisticalNeighbours::add(const std::string& model, const std::string& la_code, const std::string& neighbour) {
  by_model_la_[{model, la_code}].push_back(neighbour);
}

std::string StatisticalNeighbours::model_for(std::string_view year) {
  int start = 0;
  std::from_chars(year.data(), year.data() + std::min<std::size_t>(4, year.size()), start);
  return start >= 2024 ? "2025" : "2021";
}

const std::vector<std::string>& StatisticalNeighbours::of(std::string_view model, std::string_view la_code) const {
  static const std::vector<std::string> none;
  auto it = by_model_la_.find(std::make_pair(std::string(model), std::string(la_code)));
  return it == by_model_la_.end() ? none : it->second;
}

NeighboursMean neighbours_mean(const ComparatorTable& table, const StatisticalNeighbours& sn,
                               std::string_view indicator, std::string_view year, std::string_view la_code) {
  NeighboursMean m;
  m.model = StatisticalNeighbours::model_for(year);
  const auto& neighbours = sn.of(m.model, la_code);
  m.neighbours = static_cast<int>(neighbours.size());
  double sum = 0;
  for (const auto& n : neighbours)
    if (const auto* row = table.find(indicator, year, n)) {
      sum += row->value;
      ++m.with_value;
    }
  if (m.with_value > 0) m.value = sum / m.with_value;
  return m;
}

}  // namespace lens::measures
