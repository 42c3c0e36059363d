// comparators.hpp — published figures an indicator is set against: England, London, the
// authority's region, its statistical neighbours, and the authority's own published figure.
//
// Comparators are data, not code (spec/indicators.md, "Comparators and targets"): every CSV file
// in data/comparators/ holds rows `indicator_id, year, area_code, area_name, value, source`,
// where year is the Lens period ("2016-17" = the DfE's year 2017, ending 31 March), area_code is
// the DfE LA number for an authority and the ONS code for England (E92000001) and regions
// (London E12000007), and source cites the publication (or the seed document and line).
// Suppressed or missing published values are simply absent, never zero. A value for a group of
// neighbours quoted in a document has area_code "sn:<LA number>". When two files give the same
// indicator, year and area, the first file in name order wins.
//
// Statistical neighbours come from data/statistical_neighbours.csv (the DfE's children's
// services model: 10 neighbours per authority, 2021 and 2025 releases). The neighbours' figure
// is the mean of the published values of those neighbours that have one; the count is kept.
// Years up to 2023-24 use the 2021 model, later years the 2025 model.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace lens::measures {

inline constexpr std::string_view kEnglandCode = "E92000001";
inline constexpr std::string_view kLondonCode = "E12000007";

struct ComparatorRow {
  std::string indicator_id;
  std::string year;  // "2016-17"
  std::string area_code;
  std::string area_name;
  double value = 0;
  std::string source;
};

class ComparatorTable {
 public:
  // Every *.csv in a folder, in name order; a missing folder is a DataError.
  static ComparatorTable load_folder(const std::string& folder);
  static ComparatorTable load_default();  // data/comparators/
  void load_file(const std::string& path);
  void add(ComparatorRow row);  // ignored if the key is already held

  const ComparatorRow* find(std::string_view indicator, std::string_view year, std::string_view area) const;
  std::size_t size() const { return rows_.size(); }

 private:
  std::map<std::tuple<std::string, std::string, std::string>, ComparatorRow, std::less<>> rows_;
};

class StatisticalNeighbours {
 public:
  static StatisticalNeighbours load(const std::string& path);
  static StatisticalNeighbours load_default();  // data/statistical_neighbours.csv
  void add(const std::string& model, const std::string& la_code, const std::string& neighbour);
  // "2021" or "2025" for a Lens financial year "2016-17".
  static std::string model_for(std::string_view year);
  const std::vector<std::string>& of(std::string_view model, std::string_view la_code) const;

 private:
  std::map<std::pair<std::string, std::string>, std::vector<std::string>, std::less<>> by_model_la_;
};

struct NeighboursMean {
  std::optional<double> value;  // none when no neighbour has a figure
  int with_value = 0;           // neighbours that have one
  int neighbours = 0;
  std::string model;
};

NeighboursMean neighbours_mean(const ComparatorTable& table, const StatisticalNeighbours& sn,
                               std::string_view indicator, std::string_view year, std::string_view la_code);

}  // namespace lens::measures
