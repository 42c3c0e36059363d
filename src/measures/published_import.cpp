#include "measures/published_import.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "measures/csv.hpp"
#include "measures/data_files.hpp"
#include "measures/indicator.hpp"

namespace lens::measures {
namespace {

// LAIT measure code -> Lens indicator (docs/indicators.md says where definitions differ).
const std::map<std::string, std::string, std::less<>> kLaitMeasures = {
    {"CPP_Total_NumRef", "referrals"},
    {"CPP_Total_Rateper10,000", "referrals_rate"},
    {"ReReferral", "re_referrals_12m_pct"},
    {"CIN_Refferals_NFA", "referrals_nfa_pct"},
    {"Continue_Assess_Comp", "assessments_within_45wd_pct"},
    {"Section_47", "s47_rate"},
    {"ISCP_Conf", "icpc_rate"},
    {"CP_conf_15days", "icpc_within_15wd_pct"},
    {"CPP_Abuse", "cpp_started"},
    {"CPP_Abuse_Rate", "cpp_started_rate"},
    {"CPP_Num", "cpp_at_end"},
    {"CPP_rate", "cpp_at_end_rate"},
    {"PrevRegCPR", "cpp_second_or_subsequent_pct"},
    {"CPPlans2yrs", "cpp_ended_2y_plus_pct"},
    {"CPPlans2yrsActive", "cpp_open_2y_plus_pct"},
    {"RevCP", "cpp_reviews_on_time_pct"},
    {"CIN", "cin_at_end_rate"},
    // Children looked after (SSDA903).
    {"LACnum", "lac_at_end"},
    {"LAC", "lac_at_end_rate"},
    {"LACnum_Start", "lac_started"},
    {"LACceased", "lac_ceased_by_reason"},
    {"LACStable_2016on", "lac_3plus_placements_pct"},
    {"LAC_LongStable%", "lac_long_term_stability_pct"},
    {"LACHealth%", "lac_health_assessment_pct"},
    {"LACDental%", "lac_dental_check_pct"},
    {"LACVaccinations%", "lac_immunisations_pct"},
    {"CareLeaverEET", "care_leavers_eet_pct"},
    {"CareLeaverAcc", "care_leavers_suitable_accommodation_pct"},
    {"Unacc_Asylmn_Seek_Childn", "uasc_at_end"},
};

// EES column -> Lens indicator, for every table of the children in need publication.
const std::map<std::string, std::string, std::less<>> kEesColumns = {
    {"referral_count", "referrals"},          {"Referrals", "referrals"},
    {"Referrals_rate", "referrals_rate"},     {"rereferral_percent", "re_referrals_12m_pct"},
    {"Re_referrals_percent", "re_referrals_12m_pct"},
    {"no_further_action_percent", "referrals_nfa_pct"},
    {"No_Further_Action_percent", "referrals_nfa_pct"},
    {"Section47", "s47"},                     {"ICPC", "icpc"},
    {"CPP_start", "cpp_started"},             {"CPP_subsequent_percent", "cpp_second_or_subsequent_pct"},
    {"CPP_At31", "cpp_at_end"},               {"2_years_or_more_percent", "cpp_open_2y_plus_pct"},
    {"At31_episodes", "cin_at_end"},          {"At31_episodes_rate", "cin_at_end_rate"},
};

// The children looked after publication's tables are long: one row per breakdown. A row is a
// figure for a Lens indicator when its columns have the values in `when`; the figure is in the
// first of `value` the file has (the 2019-2023 release named `population_type` `population_count`
// and `children_count` `number`, and said "at 31 March" where the current one says "on").
struct LongRule {
  std::vector<std::pair<std::string_view, std::string_view>> when;
  std::vector<std::string_view> value;
  std::string_view id;
};
const std::vector<LongRule> kEesLongRules = {
    {{{"population_type", "Children looked after on 31 March each year"}}, {"children_count", "number"}, "lac_at_end"},
    {{{"population_count", "Children looked after at 31 March each year"}}, {"children_count", "number"}, "lac_at_end"},
    {{{"population_type", "Children looked after on 31 March each year"}}, {"rate_per_10000"}, "lac_at_end_rate"},
    {{{"population_count", "Children looked after at 31 March each year"}}, {"rate_per_10000"}, "lac_at_end_rate"},
    {{{"population_type", "Children starting to be looked after each year"}}, {"children_count", "number"}, "lac_started"},
    {{{"population_type", "Children ceasing to be looked after each year"}}, {"children_count", "number"},
     "lac_ceased_by_reason"},
    {{{"population_count", "Children starting to be looked after each year"}}, {"children_count", "number"},
     "lac_started"},
    {{{"population_count", "Children ceasing to be looked after each year"}}, {"children_count", "number"},
     "lac_ceased_by_reason"},
    {{{"cla_group", "CLA on 31 March"}, {"placement_stability", "With 3 or more placements during the year"}},
     {"children_percent"},
     "lac_3plus_placements_pct"},
    {{{"cla_group", "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"},
      {"placement_stability", "Living with the same carer for at least 2 years"}},
     {"children_percent"},
     "lac_long_term_stability_pct"},
    {{{"characteristic", "Health assessments: Children looked after all ages"},
      {"breakdown", "Had their annual health assessment"}},
     {"children_percent"},
     "lac_health_assessment_pct"},
    {{{"characteristic", "Health assessments: Children looked after all ages"},
      {"breakdown", "Had their teeth checked by a dentist"}},
     {"children_percent"},
     "lac_dental_check_pct"},
    {{{"characteristic", "Health assessments: Children looked after all ages"},
      {"breakdown", "Had their immunisations up to date"}},
     {"children_percent"},
     "lac_immunisations_pct"},
    {{{"care_leaver_age", "19 to 21 years"}, {"breakdown", "Total in education, employment or training"}},
     {"care_leaver_percent"},
     "care_leavers_eet_pct"},
    {{{"care_leaver_age", "19 to 21 years"}, {"breakdown", "Accommodation considered suitable"}},
     {"care_leaver_percent"},
     "care_leavers_suitable_accommodation_pct"},
};

// LAIT's numbers for England and the regions.
const std::map<std::string, std::string, std::less<>> kLaitAreas = {
    {"970", "E92000001"}, {"980", "E12000001"}, {"981", "E12000002"}, {"982", "E12000003"},
    {"983", "E12000004"}, {"984", "E12000005"}, {"985", "E12000006"}, {"986", "E12000007"},
    {"987", "E13000001"}, {"988", "E13000002"}, {"989", "E12000008"}, {"990", "E12000009"},
};

std::optional<double> number(const std::string& text) {
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// "2017" -> "2016-17"; "201617" -> "2016-17"; anything else -> "".
std::string lens_year(const std::string& y) {
  int year = 0;
  if (y.size() == 4 && std::from_chars(y.data(), y.data() + 4, year).ec == std::errc{})
    return fmt::format("{}-{:02}", year - 1, year % 100);
  if (y.size() == 6 && std::from_chars(y.data(), y.data() + 4, year).ec == std::errc{})
    return fmt::format("{}-{}", year, y.substr(4));
  return "";
}

struct Candidate {
  ComparatorRow row;
  int rank;  // lower wins: EES before LAIT, later releases first
};

using Key = std::tuple<std::string, std::string, std::string>;

void offer(std::map<Key, Candidate>& best, ComparatorRow row, int rank) {
  Key key{row.indicator_id, row.year, row.area_code};
  auto it = best.find(key);
  if (it == best.end() || rank < it->second.rank) best[key] = {std::move(row), rank};
}

struct FileReader {
  std::string path;
  std::string name;  // file name, for sources and messages
  std::ifstream in;
  CsvReader csv;
  std::vector<std::string> header;
  explicit FileReader(const std::string& p)
      : path(p), name(std::filesystem::path(p).filename().string()), in(open_data_file(p)), csv(in) {
    if (!csv.next(header)) throw DataError(p + ": the file is empty");
  }
};

std::size_t lait(FileReader& f, std::map<Key, Candidate>& best) {
  CsvHeader h(f.header);
  auto desc = h.find("Short Desc"), years = h.find("Years"), area = h.find("LA and Regions"),
       value = h.find("Values"), number_col = h.find("LA Number");
  std::size_t taken = 0;
  std::vector<std::string> r;
  while (f.csv.next(r)) {
    if (r.size() < f.header.size())
      throw DataError(fmt::format("{}:{}: expected {} fields, found {}", f.path, f.csv.line(), f.header.size(), r.size()));
    auto m = kLaitMeasures.find(r[*desc]);
    if (m == kLaitMeasures.end()) continue;
    std::string year = lens_year(r[*years]);
    auto v = number(r[*value]);
    if (year.empty() || !v) continue;  // financial-year labels, "-" and other markers
    std::string code = r[*number_col];
    if (auto a = kLaitAreas.find(code); a != kLaitAreas.end()) code = a->second;
    // Float artefacts such as 93.600000000000009: LAIT publishes one decimal place at most.
    const double rounded = std::round(*v * 10000.0) / 10000.0;
    offer(best, {m->second, year, code, r[*area], rounded, fmt::format("DfE LAIT {}", r[*desc])}, 1000);
    ++taken;
  }
  return taken;
}

std::size_t ees(FileReader& f, std::map<Key, Candidate>& best, int rank) {
  CsvHeader h(f.header);
  auto time = h.find("time_period"), level = h.find("geographic_level"), country = h.find("country_code"),
       country_name = h.find("country_name"), region = h.find("region_code"), region_name = h.find("region_name"),
       la = h.find("old_la_code"), la_name = h.find("la_name");
  if (!time || !level || !country || !region || !la || !la_name || !region_name || !country_name)
    throw DataError(f.path + ": not a DfE children in need or children looked after table (expected time_period, "
                             "geographic_level, country_code, region_code, old_la_code, la_name)");
  std::vector<std::pair<std::size_t, std::string>> columns;
  for (std::size_t i = 0; i < f.header.size(); ++i)
    if (auto m = kEesColumns.find(f.header[i]); m != kEesColumns.end()) columns.emplace_back(i, m->second);
  auto d0 = h.find("Duration_0-10_days"), d11 = h.find("Duration_11-15_days"), icpc = h.find("ICPC");
  // The long rules this file's columns can answer: (rule, its condition columns, its value column).
  struct Long {
    const LongRule* rule;
    std::vector<std::pair<std::size_t, std::string_view>> when;
    std::size_t value;
  };
  std::vector<Long> longs;
  for (const auto& rule : kEesLongRules) {
    Long l{&rule, {}, 0};
    bool usable = true;
    for (const auto& [column, wanted] : rule.when) {
      auto c = h.find(std::string(column));
      if (!c) usable = false;
      else l.when.emplace_back(*c, wanted);
    }
    std::optional<std::size_t> value;
    for (auto v : rule.value)
      if (!value) value = h.find(std::string(v));
    if (usable && value) {
      l.value = *value;
      longs.push_back(std::move(l));
    }
  }
  std::size_t taken = 0;
  std::vector<std::string> r;
  while (f.csv.next(r)) {
    if (r.size() < f.header.size())
      throw DataError(fmt::format("{}:{}: expected {} fields, found {}", f.path, f.csv.line(), f.header.size(), r.size()));
    std::string year = lens_year(r[*time]);
    if (year.empty()) continue;
    std::string code, name;
    if (r[*level] == "National") {
      code = r[*country], name = r[*country_name];
    } else if (r[*level] == "Regional") {
      code = r[*region], name = r[*region_name];
    } else if (r[*level] == "Local authority") {
      code = r[*la], name = r[*la_name];
    } else {
      continue;
    }
    auto source = [&](const std::string& column) {
      // "DfE children in need c1 rereferral_percent": the table is the file name's first part.
      return fmt::format("DfE children in need {} {}", f.name.substr(0, f.name.find('_')), column);
    };
    for (const auto& l : longs) {
      bool match = true;
      for (const auto& [column, wanted] : l.when) match = match && r[column] == wanted;
      if (!match) continue;
      if (auto v = number(r[l.value])) {
        std::string what;
        for (const auto& [column, wanted] : l.when) what += (what.empty() ? "" : ", ") + std::string(wanted);
        offer(best, {std::string(l.rule->id), year, code, name, *v,
                     fmt::format("DfE children looked after {} {} ({})", f.name, f.header[l.value], what)},
              rank);
        ++taken;
      }
    }
    for (const auto& [i, id] : columns)
      if (auto v = number(r[i])) {
        offer(best, {id, year, code, name, *v, source(f.header[i])}, rank);
        ++taken;
      }
    if (d0 && d11 && icpc) {
      auto a = number(r[*d0]), b = number(r[*d11]), n = number(r[*icpc]);
      if (a && b && n && *n > 0) {
        const double pct = std::round((*a + *b) / *n * 1000.0) / 10.0;
        offer(best, {"icpc_within_15wd_pct", year, code, name, pct,
                     source("(Duration_0-10_days + Duration_11-15_days) / ICPC")}, rank);
        ++taken;
      }
    }
  }
  return taken;
}

int latest_year(const std::string& path) {
  // EES releases are named ..._2013_to_2025.csv: the later the last year, the newer the release.
  int best = 0;
  const std::string name = std::filesystem::path(path).filename().string();
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    int y = 0;
    if (std::from_chars(name.data() + i, name.data() + i + 4, y).ec == std::errc{} && y > 1990 && y < 2100)
      best = std::max(best, y);
  }
  return best;
}

std::string format_value(double v) {
  std::string s = fmt::format("{:.4f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

ImportSummary import_published(const std::vector<std::string>& files) {
  std::map<Key, Candidate> best;
  ImportSummary summary;
  for (const auto& path : files) {
    FileReader f(path);
    CsvHeader h(f.header);
    std::size_t taken = 0;
    std::string kind;
    if (h.find("Short Desc") && h.find("Years") && h.find("Values") && h.find("LA Number")) {
      kind = "LAIT";
      taken = lait(f, best);
    } else if (h.find("time_period") && h.find("geographic_level")) {
      kind = "DfE EES";
      // Below LAIT's 1000: the DfE's own file wins. A name with no year range is the current
      // release (the DfE's data-raw copies at HEAD), newer than any ranged one.
      const int year = latest_year(path);
      taken = ees(f, best, year ? 2100 - year : 0);
    } else {
      throw DataError(path + ": not a format Lens imports (a LAIT long CSV or a DfE children in need CSV)");
    }
    summary.notes.push_back(fmt::format("{}: {} ({} figures for Lens indicators)", f.name, kind, taken));
  }
  for (auto& [key, c] : best) summary.rows.push_back(std::move(c.row));
  auto order = [](const std::string& id) {
    const Indicator* i = find_indicator(id);
    return i ? i->order : 0;
  };
  std::stable_sort(summary.rows.begin(), summary.rows.end(), [&](const ComparatorRow& a, const ComparatorRow& b) {
    return std::make_tuple(order(a.indicator_id), a.year, a.area_code) <
           std::make_tuple(order(b.indicator_id), b.year, b.area_code);
  });
  return summary;
}

void write_comparator_csv(const ImportSummary& summary, const std::vector<std::string>& files, std::ostream& out) {
  out << "# Published DfE figures for Lens indicators, written by `lens comparators import` from the DfE's\n"
         "# Local Authority Interactive Tool (LAIT), 'Characteristics of children in need' and 'Children\n"
         "# looked after in England' (Explore Education Statistics) files (for Lens's own copy:\n"
         "# shared/reference/data/lait, dfe_cin and dfe_cla, PROVENANCE.md). Files read:\n";
  for (const auto& f : files) out << "#   " << std::filesystem::path(f).filename().string() << '\n';
  out << "# year = Lens period (2016-17 = the DfE's year ending 31 March 2017). Suppressed figures are absent.\n";
  write_csv_row(out, {"indicator_id", "year", "area_code", "area_name", "value", "source"});
  for (const auto& r : summary.rows)
    write_csv_row(out, {r.indicator_id, r.year, r.area_code, r.area_name, format_value(r.value), r.source});
}

}  // namespace lens::measures
