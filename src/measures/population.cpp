#include "measures/population.hpp"

#include <fmt/core.h>

#include <charconv>

#include "measures/csv.hpp"
#include "measures/data_files.hpp"

namespace lens::measures {

PopulationTable PopulationTable::load(const std::string& path) {
  auto in = open_data_file(path);
  CsvReader reader(in);
  std::vector<std::string> row;
  if (!reader.next(row)) throw DataError(path + ": the file is empty");
  CsvHeader header(row);
  auto year = header.find("year"), la = header.find("la_code"), ons = header.find("ons_code"),
       children = header.find("children_0_17");
  if (!year || !la || !ons || !children)
    throw DataError(path + ": expected the columns year, la_code, ons_code, children_0_17");
  PopulationTable table;
  while (reader.next(row)) {
    if (row.size() < header.names().size())
      throw DataError(fmt::format("{}:{}: expected {} fields, found {}", path, reader.line(), header.names().size(), row.size()));
    int y = 0;
    std::int64_t n = 0;
    const std::string& ys = row[*year];
    const std::string& ns = row[*children];
    if (std::from_chars(ys.data(), ys.data() + ys.size(), y).ec != std::errc{} ||
        std::from_chars(ns.data(), ns.data() + ns.size(), n).ec != std::errc{})
      throw DataError(fmt::format("{}:{}: year '{}' or children '{}' is not a whole number", path, reader.line(), ys, ns));
    if (!row[*la].empty()) table.set(row[*la], y, n);
    if (!row[*ons].empty()) table.set(row[*ons], y, n);
  }
  return table;
}

PopulationTable PopulationTable::load_default() { return load(data_path("population/children_0_17.csv")); }

void PopulationTable::set(const std::string& area_code, int year, std::int64_t children) {
  by_area_year_[{area_code, year}] = children;
}

std::optional<std::int64_t> PopulationTable::children(std::string_view area_code, int year) const {
  auto it = by_area_year_.find(std::pair<std::string, int>(std::string(area_code), year));
  if (it == by_area_year_.end()) return std::nullopt;
  return it->second;
}

std::pair<int, int> PopulationTable::years() const {
  int lo = 0, hi = 0;
  for (const auto& [key, n] : by_area_year_) {
    if (lo == 0 || key.second < lo) lo = key.second;
    if (key.second > hi) hi = key.second;
  }
  return {lo, hi};
}

}  // namespace lens::measures
