#include "synth/authorities.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "synth/data_files.hpp"

namespace lens::synth {
namespace {
constexpr int kLastPublishedYear = 2025;

int nearest(const std::map<int, int>& by_year, int year, const std::string& what) {
  if (by_year.empty()) throw DataError(fmt::format("no population for {}", what));
  auto it = by_year.lower_bound(year);
  if (it == by_year.end()) return std::prev(it)->second;
  if (it->first == year || it == by_year.begin()) return it->second;
  auto before = std::prev(it);
  return year - before->first <= it->first - year ? before->second : it->second;
}
}  // namespace

const std::vector<std::string>& ethnicity_codes() {
  static const std::vector<std::string> codes = {
      "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH",
      "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH"};
  return codes;
}

bool Authority::exists_in(int collection_year) const {
  int last = last_year >= kLastPublishedYear ? 9999 : last_year;
  return collection_year >= first_year && collection_year <= last;
}

int Authority::population_at(int mid_year) const {
  return nearest(population, mid_year, name);
}

std::optional<double> Authority::published_figure(int collection_year,
                                                  const std::string& id) const {
  auto year = published.find(collection_year);
  if (year == published.end()) return std::nullopt;
  auto it = year->second.find(id);
  if (it == year->second.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> expand_postcode_districts(const std::string& spec) {
  std::vector<std::string> out;
  std::istringstream in(spec);
  std::string token;
  auto split = [&](const std::string& s, std::string& letters, int& number) {
    std::size_t i = 0;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
    letters = s.substr(0, i);
    std::string digits = s.substr(i);
    if (letters.empty() || digits.empty() ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(c); }))
      throw DataError(fmt::format("postcode range '{}' is not like B1-B38", token));
    number = std::stoi(digits);
  };
  while (in >> token) {
    auto dash = token.find('-');
    if (dash == std::string::npos) {
      out.push_back(token);
      continue;
    }
    std::string a, b;
    int from = 0, to = 0;
    split(token.substr(0, dash), a, from);
    split(token.substr(dash + 1), b, to);
    if (a != b || to < from)
      throw DataError(fmt::format("postcode range '{}' is not like B1-B38", token));
    for (int n = from; n <= to; ++n) out.push_back(a + std::to_string(n));
  }
  return out;
}

Authorities Authorities::load(const std::string& dir) {
  Authorities result;
  const std::string synth = dir + "/synth/";
  read_csv(synth + "authorities.csv", [&](const CsvRow& r) {
    Authority a;
    a.la = r["la"];
    a.ons_code = r["ons_code"];
    a.name = r["name"];
    a.region = r["region"];
    a.first_year = csv_int(r, "first_year");
    a.last_year = csv_int(r, "last_year");
    result.all_.push_back(std::move(a));
  });
  std::sort(result.all_.begin(), result.all_.end(),
            [](const Authority& x, const Authority& y) { return x.la < y.la; });
  auto get = [&](const CsvRow& r) -> Authority* {
    auto it = std::lower_bound(
        result.all_.begin(), result.all_.end(), r["la"],
        [](const Authority& x, const std::string& code) { return x.la < code; });
    Authority* a = it != result.all_.end() && it->la == r["la"] ? &*it : nullptr;
    if (!a) throw DataError(fmt::format("{}:{}: unknown authority {}", r.file, r.line, r["la"]));
    return a;
  };
  read_csv(synth + "population.csv", [&](const CsvRow& r) {
    int year = csv_int(r, "mid_year"), value = csv_int(r, "population");
    if (r["la"] == "E") result.england_[year] = value;
    else get(r)->population[year] = value;
  });
  read_csv(synth + "ethnicity.csv", [&](const CsvRow& r) {
    Authority* a = get(r);
    for (const auto& code : ethnicity_codes()) a->ethnicity.push_back(csv_number(r, code));
  });
  read_csv(synth + "postcodes.csv", [&](const CsvRow& r) {
    get(r)->postcode_districts = expand_postcode_districts(r["districts"]);
  });
  read_csv(synth + "authority_rates.csv", [&](const CsvRow& r) {
    Authority* a = get(r);
    auto& year = a->published[csv_int(r, "year")];
    for (std::size_t i = 2; i + 1 < r.header->size(); ++i) {
      const std::string& column = (*r.header)[i];
      if (!r.fields[i].empty()) year[column] = csv_number(r, column);
    }
  });
  return result;
}

const Authorities& Authorities::shipped() {
  static const Authorities authorities = load(data_dir());
  return authorities;
}

const Authority* Authorities::find(std::string_view la) const {
  auto it = std::lower_bound(all_.begin(), all_.end(), la,
                             [](const Authority& a, std::string_view code) { return a.la < code; });
  return it != all_.end() && it->la == la ? &*it : nullptr;
}

int Authorities::england_population(int mid_year) const {
  return nearest(england_, mid_year, "England");
}

}  // namespace lens::synth
