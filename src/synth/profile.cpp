#include "synth/profile.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "synth/data_files.hpp"

namespace lens::synth {
namespace {
using nlohmann::json;

const std::vector<std::string> kCategories = {"NEG", "PHY", "SAB", "EMO", "MUL"};
const std::vector<std::string> kAgeBands = {"unborn", "under 1", "1-4", "5-9", "10-15", "16+"};

Figure read_figure(const json& j, const std::string& file, const std::string& where) {
  auto fail = [&](const std::string& what) {
    return DataError(fmt::format("{}: {}: {}", file, where, what));
  };
  if (!j.is_object()) throw fail("expected {\"value\": ..., \"source\": ...}");
  Figure f;
  if (j.contains("value") == j.contains("count"))
    throw fail("needs exactly one of \"value\" and \"count\"");
  const json& v = j.contains("value") ? j["value"] : j["count"];
  if (!v.is_number() || v.get<double>() < 0) throw fail("is not a number >= 0");
  f.value = v.get<double>();
  f.is_count = j.contains("count");
  if (!j.contains("source") || !j["source"].is_string() || j["source"].get<std::string>().empty())
    throw fail("has no \"source\" saying where the figure comes from");
  f.source = j["source"].get<std::string>();
  return f;
}

std::map<std::string, Figure> read_breakdown(const json& j, const std::string& file,
                                             const std::string& where,
                                             const std::vector<std::string>* allowed) {
  std::map<std::string, Figure> out;
  if (!j.is_object()) throw DataError(fmt::format("{}: {}: expected an object", file, where));
  for (const auto& [key, value] : j.items()) {
    if (allowed && std::find(allowed->begin(), allowed->end(), key) == allowed->end())
      throw DataError(fmt::format("{}: {}.{}: not one of the categories", file, where, key));
    out[key] = read_figure(value, file, where + "." + key);
  }
  return out;
}

std::map<std::string, double> shares(const std::map<std::string, Figure>& counts,
                                     const std::vector<std::string>* order) {
  std::map<std::string, double> out;
  double total = 0;
  if (auto it = counts.find("total"); it != counts.end()) {
    total = it->second.value;
  } else {
    for (const auto& [k, f] : counts) total += f.value;
  }
  if (total <= 0) return out;
  for (const auto& [k, f] : counts)
    if (k != "total" && (!order || std::find(order->begin(), order->end(), k) != order->end()))
      out[k] = f.value / total;
  return out;
}
}  // namespace

const std::vector<std::string>& profile_indicators() {
  static const std::vector<std::string> ids = {
      "population",           "referrals_rate",         "re_referrals_12m_pct",
      "referrals_nfa_pct",    "not_in_need_pct",        "assessments_within_45wd_pct",
      "s47_rate",             "icpc_rate",              "icpc_within_15wd_pct",
      "cpp_started_rate",     "cpp_at_end_rate",        "cpp_second_or_subsequent_pct",
      "cin_at_end_rate",      "lac_at_end_rate",
      // Children looked after (the SSDA903 return).
      "lac_started_rate", "lac_3plus_placements_pct", "lac_missing_pct", "lac_away_pct",
      "lac_adopted_pct", "uasc_at_end_pct", "care_leavers_eet_pct",
      "care_leavers_suitable_accommodation_pct", "care_leavers_not_in_touch_pct",
      "lac_health_assessment_pct", "lac_dental_check_pct", "lac_immunisations_pct",
      "lac_convicted_pct", "lac_substance_misuse_pct", "lac_sdq_mean"};
  return ids;
}

std::optional<int> parse_period(const std::string& text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  int start = std::stoi(text.substr(0, 4));
  int end = std::stoi(text.substr(5, 2));
  if ((start + 1) % 100 != end) return std::nullopt;
  return start;
}

std::string period_text(int start_year) {
  return fmt::format("{}-{:02d}", start_year, (start_year + 1) % 100);
}

const ProfileYear& Profile::nearest(int start_year) const {
  if (years.empty()) throw DataError(fmt::format("profile {} has no years", name));
  const ProfileYear* best = &years.begin()->second;
  for (const auto& [year, data] : years)
    if (std::abs(year - start_year) < std::abs(best->start_year - start_year)) best = &data;
  return *best;
}

std::string Profile::years_text() const {
  if (years.empty()) return published ? "every published year" : "";
  int first = years.begin()->first, last = years.rbegin()->first;
  return first == last ? period_text(first) : period_text(first) + ".." + period_text(last);
}

Profile parse_profile(const std::string& json_text, const std::string& file) {
  json j;
  try {
    j = json::parse(json_text);
  } catch (const json::parse_error& e) {
    throw DataError(fmt::format("{}: not valid JSON (byte {})", file, e.byte));
  }
  auto text = [&](const char* key, bool required) -> std::string {
    if (!j.contains(key)) {
      if (required) throw DataError(fmt::format("{}: no \"{}\"", file, key));
      return "";
    }
    if (!j[key].is_string()) throw DataError(fmt::format("{}: \"{}\" is not text", file, key));
    return j[key].get<std::string>();
  };
  Profile p;
  p.name = text("name", true);
  p.title = text("title", true);
  p.description = text("description", false);
  p.la = text("la", false);
  p.published = j.value("published", false);
  if (!j.contains("years") || !j["years"].is_object())
    throw DataError(fmt::format("{}: no \"years\" object", file));
  for (const auto& [period, body] : j["years"].items()) {
    auto start = parse_period(period);
    if (!start)
      throw DataError(fmt::format("{}: years.{}: not a period like 2016-17", file, period));
    ProfileYear y;
    y.start_year = *start;
    const auto& ids = profile_indicators();
    for (const auto& [key, value] : body.items()) {
      std::string where = "years." + period + "." + key;
      if (key == "referral_sources") {
        y.referral_sources = read_breakdown(value, file, where, nullptr);
      } else if (key == "cpp_categories") {
        y.cpp_categories = read_breakdown(value, file, where, &kCategories);
      } else if (key == "cpp_age_bands") {
        y.cpp_age_bands = read_breakdown(value, file, where, &kAgeBands);
      } else if (std::find(ids.begin(), ids.end(), key) != ids.end()) {
        y.figures[key] = read_figure(value, file, where);
      } else {
        throw DataError(fmt::format("{}: {}: not an indicator a profile can set", file, where));
      }
    }
    if (!y.figures.count("population") && !p.la.empty())
      throw DataError(fmt::format("{}: years.{}: no population", file, period));
    p.years[*start] = std::move(y);
  }
  if (p.years.empty() && !p.published)
    throw DataError(fmt::format("{}: \"years\" is empty", file));
  return p;
}

Profile load_profile(const std::string& name) {
  const std::string path = data_path("profiles/" + name + ".json");
  std::ifstream in(path);
  if (!in) {
    std::string known;
    for (const auto& p : list_profiles()) known += (known.empty() ? "" : ", ") + p.name;
    throw DataError(fmt::format("no profile '{}' (profiles: {})", name, known));
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  Profile p = parse_profile(buffer.str(), path);
  if (p.name != name)
    throw DataError(fmt::format("{}: \"name\" is '{}', not the file's name", path, p.name));
  return p;
}

std::vector<Profile> list_profiles() {
  std::vector<Profile> out;
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data_path("profiles"), ec)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    out.push_back(parse_profile(buffer.str(), entry.path().string()));
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.name < b.name; });
  return out;
}

YearTargets resolve_targets(const Profile& profile, const Profile& england,
                            const Authority& authority, int start_year,
                            std::optional<int> population_override) {
  YearTargets t;
  t.start_year = start_year;
  t.population = population_override ? *population_override : authority.population_at(start_year);
  const ProfileYear* own = profile.years.empty() ? nullptr : &profile.nearest(start_year);
  const ProfileYear& national = england.nearest(start_year);
  const int collection_year = start_year + 1;

  auto rate_of = [](const ProfileYear& y, const Figure& f) {
    if (!f.is_count) return f.value;
    auto pop = y.figures.find("population");
    if (pop == y.figures.end() || pop->second.value <= 0)
      throw DataError(fmt::format("a count for {} needs the profile's population",
                                  period_text(y.start_year)));
    return f.value / pop->second.value * 10000.0;
  };
  auto get = [&](const std::string& id) -> double {
    if (own)
      if (auto it = own->figures.find(id); it != own->figures.end()) return rate_of(*own, it->second);
    if (profile.published || !profile.la.empty()) {
      // The nearest collection year the authority has published this figure for.
      for (int d = 0; d <= 15; ++d)
        for (int y : {collection_year - d, collection_year + d})
          if (auto v = authority.published_figure(y, id)) return *v;
    }
    auto it = national.figures.find(id);
    if (it == national.figures.end())
      throw DataError(fmt::format("the england profile has no {} for {}", id,
                                  period_text(national.start_year)));
    return rate_of(national, it->second);
  };
  t.referrals_rate = get("referrals_rate");
  t.re_referrals_pct = get("re_referrals_12m_pct");
  t.nfa_pct = get("referrals_nfa_pct");
  t.not_in_need_pct = get("not_in_need_pct");
  t.assessments_45wd_pct = get("assessments_within_45wd_pct");
  t.s47_rate = get("s47_rate");
  t.icpc_rate = get("icpc_rate");
  t.icpc_15wd_pct = get("icpc_within_15wd_pct");
  t.cpp_started_rate = get("cpp_started_rate");
  t.cpp_at_end_rate = get("cpp_at_end_rate");
  t.cpp_second_pct = get("cpp_second_or_subsequent_pct");
  t.cin_at_end_rate = get("cin_at_end_rate");
  t.lac_at_end_rate = get("lac_at_end_rate");
  t.care.started_rate = get("lac_started_rate");
  t.care.three_plus_placements_pct = get("lac_3plus_placements_pct");
  t.care.missing_pct = get("lac_missing_pct");
  t.care.away_pct = get("lac_away_pct");
  t.care.adopted_pct = get("lac_adopted_pct");
  t.care.uasc_at_end_pct = get("uasc_at_end_pct");
  t.care.leavers_eet_pct = get("care_leavers_eet_pct");
  t.care.leavers_suitable_pct = get("care_leavers_suitable_accommodation_pct");
  t.care.leavers_not_in_touch_pct = get("care_leavers_not_in_touch_pct");
  t.care.health_assessment_pct = get("lac_health_assessment_pct");
  t.care.dental_check_pct = get("lac_dental_check_pct");
  t.care.immunisations_pct = get("lac_immunisations_pct");
  t.care.convicted_pct = get("lac_convicted_pct");
  t.care.substance_misuse_pct = get("lac_substance_misuse_pct");
  t.care.sdq_mean = get("lac_sdq_mean");
  if (own) {
    t.referral_sources = shares(own->referral_sources, nullptr);
    t.cpp_categories = shares(own->cpp_categories, &kCategories);
    t.cpp_age_bands = shares(own->cpp_age_bands, &kAgeBands);
  }
  return t;
}

}  // namespace lens::synth
