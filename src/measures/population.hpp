// population.hpp — children aged 0 to 17 living in each area, by year: the denominator of every
// rate per 10,000.
//
// Read from data/population/children_0_17.csv (ONS mid-year estimates as the DfE prepares them
// for its children's social care statistics; the file's header comment cites the source).
// `year` is the mid-year of the estimate; spec/indicators.md uses the estimate for the year the
// period starts in. Areas are looked up by DfE LA number or by ONS code. An area or year not in
// the file is not known (nullopt), never zero and never a neighbouring year's figure.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lens::measures {

class PopulationTable {
 public:
  static PopulationTable load(const std::string& path);
  static PopulationTable load_default();  // data/population/children_0_17.csv

  void set(const std::string& area_code, int year, std::int64_t children);
  std::optional<std::int64_t> children(std::string_view area_code, int year) const;
  std::pair<int, int> years() const;  // first and last year held

 private:
  std::map<std::pair<std::string, int>, std::int64_t, std::less<>> by_area_year_;
};

}  // namespace lens::measures
