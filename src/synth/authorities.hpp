// authorities.hpp — the English local authorities the generator can make data for: names,
// child population by year, ethnic mix, postcode districts and their published figures.
//
// Loaded from data/synth/ (authorities.csv, population.csv, ethnicity.csv, postcodes.csv,
// authority_rates.csv; scripts/derive-synth-data makes them from shared reference data and
// each says where its numbers come from). Authorities are identified by the DfE 3-digit LA
// number. Collection years are DfE's: 2017 means the year to 31 March 2017 (period 2016-17);
// population is keyed by ONS mid-year, and period 2016-17 uses mid-2016 (spec/indicators.md).
// The shipped set is loaded once and is then read-only, safe to share between threads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lens::synth {

// The CIN census ethnicity codes in the order ethnicity shares are stored.
const std::vector<std::string>& ethnicity_codes();

struct Authority {
  std::string la;  // DfE number, "301"
  std::string ons_code;
  std::string name;
  std::string region;
  int first_year = 0;  // first and last DfE collection year the authority existed
  int last_year = 0;
  std::vector<std::string> postcode_districts;  // "IG11", "RM8", ...
  std::vector<double> ethnicity;                // per mille, ethnicity_codes() order
  std::map<int, int> population;                // ONS mid-year -> children aged 0-17
  // Published figures: collection year -> indicator id -> value (authority_rates.csv).
  std::map<int, std::map<std::string, double>> published;

  // True if the authority submitted the census for this collection year. The last year in the
  // data is treated as open-ended, so current authorities exist in later years too.
  bool exists_in(int collection_year) const;
  // Children aged 0-17 at `mid_year`, or at the nearest mid-year the data has.
  int population_at(int mid_year) const;
  std::optional<double> published_figure(int collection_year, const std::string& id) const;
};

class Authorities {
 public:
  // The authorities in data_dir(), loaded on first use. Throws DataError if the files are bad.
  static const Authorities& shipped();
  // Loads from a data directory (the one holding synth/).
  static Authorities load(const std::string& dir);

  const Authority* find(std::string_view la) const;
  // Every authority, ordered by DfE number.
  const std::vector<Authority>& all() const { return all_; }
  // England's children aged 0-17 at `mid_year` (nearest mid-year the data has).
  int england_population(int mid_year) const;

 private:
  std::vector<Authority> all_;
  std::map<int, int> england_;
};

// "B1-B3 SE25" -> {"B1", "B2", "B3", "SE25"}. Throws DataError on a malformed range.
std::vector<std::string> expand_postcode_districts(const std::string& spec);

}  // namespace lens::synth
