// The DfE validation rules over a CIN census and an SSDA903 return of 1,000, 100,000 and
// 1,000,000 children, with faults in them, as `lens validate` runs them.
//
// CIN: a synthetic borough from the generator (src/synth, an authority of 1.25 million children
// aged 0-17, which gives about 100,000 children in need in 2016-17); smaller censuses take its
// first children, the 1,000,000 one repeats them under new ids and UPNs. Faults are then injected
// (synth/faults.hpp: one of each kind for every 400 children), and the census written as XML.
// SSDA903: the generator does not make 903 returns yet, so a simple deterministic one is made
// here (ssda903_bench.cpp's mix: one to five episodes, reviews, missing episodes, OC2, OC3), with
// last year's tables for the children already looked after then, and faults of its own (an
// episode ending before it starts, a legal status that is no code, a missing date of birth, a
// review before the child was looked after), one of each for every 400 children.
//
// For each size: *Rules times the rule set alone over the tables already read (what the DfE
// rules cost), *File the whole `lens validate` work from the files (read, structural checks,
// tables, rules, values for the report). The 903's *File reads its CSV text from memory.
// Run: build/lens_bench --benchmark_filter=Validate
#include <benchmark/benchmark.h>
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

#include "core/csv.hpp"
#include "core/upn.hpp"
#include "returns/cin/census_writer.hpp"
#include "returns/ssda903/ssda903_codes.hpp"
#include "returns/ssda903/ssda903_writer.hpp"
#include "synth/faults.hpp"
#include "synth/generator.hpp"
#include "validation/check_returns.hpp"
#include "validation/cin_tables.hpp"
#include "validation/run_rules.hpp"
#include "validation/ssda903_rule_tables.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;

// ---- CIN ------------------------------------------------------------------------------------

// The generated borough's 2016-17 census, made once.
const Census& generated_census() {
  static const Census census = [] {
    synth::GenerateOptions o;
    o.authorities = {"301"};
    o.population = 1'250'000;
    o.first_year = o.last_year = 2016;
    o.seed = 8;
    synth::GenerationPlan plan = synth::plan_generation(o);
    Census out;
    synth::generate(plan, [&](synth::GeneratedCensus&& g) { out = std::move(g.census); }, [](const synth::Progress&) {});
    return out;
  }();
  return census;
}

// A census of `n` children with faults.
Census census_of(int n) {
  const Census& base = generated_census();
  Census c;
  c.header = base.header;
  c.children.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const std::size_t copy = static_cast<std::size_t>(i) / base.children.size();
    Child child = base.children[static_cast<std::size_t>(i) % base.children.size()];
    if (copy > 0) {
      // A repeat: another child, with an id and a UPN of its own.
      child.la_child_id += "-" + std::to_string(copy);
      if (!child.upn.empty()) {
        std::string body = child.upn.substr(1, 5) + fmt::format("{:07d}", i % 10'000'000);
        child.upn = std::string(1, *upn_check_letter(body)) + body;
      }
    }
    c.children.push_back(std::move(child));
  }
  synth::FaultSpec faults;
  for (synth::FaultKind kind : synth::fault_kinds()) faults.per_census[kind] = std::max(1, n / 400);
  synth::Random random(400);
  synth::inject_faults(c, faults, random);
  return c;
}

struct CinData {
  std::string path;
  std::size_t bytes = 0;
  validation::ReturnTables tables;
};

// One size's census at a time (the 1,000,000 one is about 1.3 GB of XML).
const CinData& cin_data(int n) {
  static std::unique_ptr<CinData> data;
  static int made = 0;
  if (made != n) {
    data.reset();
    auto d = std::make_unique<CinData>();
    d->path = (fs::temp_directory_path() / ("lens_bench_validate_cin_" + std::to_string(n) + ".xml")).string();
    {
      std::ofstream out(d->path, std::ios::binary);
      cin::write_census(census_of(n), out);
    }
    d->bytes = fs::file_size(d->path);
    d->tables = validation::read_census_for_rules(d->path).tables;
    data = std::move(d);
    made = n;
  }
  return *data;
}

void BM_ValidateCinRules(benchmark::State& state) {
  const CinData& d = cin_data(static_cast<int>(state.range(0)));
  std::size_t found = 0;
  for (auto _ : state) found = validation::run_rules(d.tables).size();
  state.counters["children"] = static_cast<double>(state.range(0));
  state.counters["rules"] = static_cast<double>(validation::select_rules(d.tables).size());
  state.counters["findings"] = static_cast<double>(found);
}

void BM_ValidateCinFile(benchmark::State& state) {
  const CinData& d = cin_data(static_cast<int>(state.range(0)));
  std::size_t found = 0;
  for (auto _ : state) {
    validation::CheckedReturn r = validation::check_census_file(d.path, {});
    if (r.unreadable) state.SkipWithError("the census could not be read");
    found = r.found.size();
  }
  state.counters["children"] = static_cast<double>(state.range(0));
  state.counters["MB"] = static_cast<double>(d.bytes) / 1e6;
  state.counters["findings"] = static_cast<double>(found);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(d.bytes));
}

// Each rule alone over the 100,000-child census, slowest first on stderr: where the time goes.
void print_slowest_rules(const validation::ReturnTables& tables, const char* what) {
  std::vector<std::pair<double, std::string>> times;
  validation::RuleFilter one;
  for (const validation::Rule* rule : validation::select_rules(tables)) {
    one.only = {std::string(rule->code)};
    auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(validation::run_rules(tables, one));
    times.emplace_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(),
                       std::string(rule->code));
  }
  std::sort(times.rbegin(), times.rend());
  double total = 0;
  for (const auto& [ms, code] : times) total += ms;
  fmt::print(stderr, "{}: {} rules one at a time, {:.0f} ms in all; slowest:", what, times.size(), total);
  for (std::size_t i = 0; i < times.size() && i < 8; ++i) fmt::print(stderr, " {} {:.0f} ms,", times[i].second, times[i].first);
  fmt::print(stderr, "\n");
}

void BM_ValidateCinRuleByRule(benchmark::State& state) {
  const CinData& d = cin_data(static_cast<int>(state.range(0)));
  for (auto _ : state) print_slowest_rules(d.tables, "CIN census");
}

// ---- SSDA903 ----------------------------------------------------------------------------------

std::string pick(std::mt19937& gen, ssda903::CodeList list, int year) {
  auto all = ssda903::codes(list);
  for (;;) {
    const auto& c = all[gen() % all.size()];
    if (ssda903::is_valid_code(list, c.code, year)) return std::string(c.code);
  }
}

// This year's return (2016-17) and last year's, for `n` children.
std::pair<LookedAfterReturn, LookedAfterReturn> returns_of(int n) {
  using ssda903::CodeList;
  std::mt19937 gen(903);
  LookedAfterReturn now, last;
  now.la = last.la = "301";
  now.collection_year = 2017;
  last.collection_year = 2016;
  const Date year_start = *Date::parse("2016-04-01"), year_end = *Date::parse("2017-03-31");
  const int every = 400;  // one fault of each kind for every 400 children
  for (int i = 0; i < n; ++i) {
    LookedAfterChild c;
    c.la = "301";
    c.la_child_id = "LAC" + std::to_string(1'000'000 + i);
    c.years = {2017};
    std::string body = "301" + fmt::format("{:02d}{:07d}", 10 + i % 7, i % 10'000'000);
    c.upn = std::string(1, *upn_check_letter(body)) + body;
    c.sex = pick(gen, CodeList::Sex, 2017);
    c.birth = year_start - static_cast<int>(365 + gen() % 6000);
    c.ethnicity = pick(gen, CodeList::Ethnicity, 2017);
    Date at = year_start - static_cast<int>(gen() % 1500);
    int episodes = 1 + static_cast<int>(gen() % 5);
    for (int e = 0; e < episodes; ++e) {
      LacEpisode ep;
      ep.start = at;
      ep.reason_new = e == 0 ? "S" : "P";
      ep.legal_status = e == 0 ? "V2" : "C2";
      ep.category_of_need = pick(gen, CodeList::CategoryOfNeed, 2017);
      ep.placement = pick(gen, CodeList::PlacementType, 2017);
      ep.provider = pick(gen, CodeList::PlacementProvider, 2017);
      ep.home_postcode = "E8 1AA";
      ep.placement_postcode = "E9 2BB";
      at = at + 1 + static_cast<int>(gen() % 200);
      if (e + 1 < episodes && at <= year_end) {
        ep.end = at;
        ep.reason_ceased = "X1";
        ep.reason_place_change = pick(gen, CodeList::ReasonPlaceChange, 2017);
      }
      c.episodes.push_back(ep);
      if (!ep.end) break;
    }
    for (int k = 0; k < 2; ++k)
      c.reviews.push_back({year_start + static_cast<int>(gen() % 180) + 180 * k, pick(gen, CodeList::ReviewParticipation, 2017)});
    if (gen() % 10 == 0) c.missing.push_back({"M", year_start + static_cast<int>(gen() % 300), std::nullopt});
    if (gen() % 2 == 0) c.health.push_back({2017, static_cast<int>(gen() % 41), "", false, true, true, true, true, false, false, false});
    if (gen() % 8 == 0) c.care_leaver.push_back({2017, "YES", pick(gen, CodeList::Activity, 2017), pick(gen, CodeList::Accommodation, 2017)});
    // Faults.
    if (i % every == 1 && c.episodes.front().end) c.episodes.front().end = c.episodes.front().start - 3;
    if (i % every == 2) c.episodes.front().legal_status = "ZZ";
    if (i % every == 3) c.birth.reset();
    if (i % every == 4) c.reviews.front().date = c.episodes.front().start - 30;
    // Last year: the child as it was, if already looked after then.
    if (c.episodes.front().start < year_start) {
      LookedAfterChild before;
      before.la = c.la;
      before.la_child_id = c.la_child_id;
      before.years = {2016};
      before.upn = c.upn;
      before.sex = c.sex;
      before.birth = c.birth;
      before.ethnicity = c.ethnicity;
      for (LacEpisode ep : c.episodes) {
        if (ep.start >= year_start) break;
        if (!ep.end || *ep.end >= year_start) {
          ep.end.reset();
          ep.reason_ceased.clear();
          ep.reason_place_change.clear();
        }
        before.episodes.push_back(ep);
      }
      last.children.push_back(std::move(before));
    }
    now.children.push_back(std::move(c));
  }
  return {std::move(now), std::move(last)};
}

struct Ssda903Data {
  std::vector<ssda903::InputFile> files;  // this year's tables, then last year's ("_last")
  std::size_t bytes = 0;
  validation::ReturnTables tables;
};

// The tables for the rules straight from the CSV text (core/csv), as ssda903_for_rules lays
// them out: the 903 reader keeps every row as a map of its values besides the model, which for
// 1,000,000 children needs more memory than the machine has (see BM_Validate903File).
validation::ReturnTables tables_of(const std::vector<ssda903::InputFile>& files) {
  validation::ReturnTables r;
  r.kind = validation::ReturnKind::Ssda903;
  r.la = "301";
  r.collection_year = 2017;
  for (const auto& f : files) {
    CsvText csv = parse_csv(f.text);
    auto table = ssda903::detect_table(csv.records.front().fields);
    if (!table) continue;
    const bool last = f.name.find("_last") != std::string::npos;
    validation::Table t(std::string(ssda903::spec(*table).name) + (last ? "_last" : ""), f.name,
                        csv.records.front().fields);
    std::vector<std::string_view> cells;
    for (std::size_t i = 1; i < csv.records.size(); ++i) {
      cells.assign(csv.records[i].fields.begin(), csv.records[i].fields.end());
      t.add_row(csv.records[i].line, cells);
    }
    r.add(std::move(t));
  }
  return r;
}

const Ssda903Data& ssda903_data(int n) {
  static std::unique_ptr<Ssda903Data> data;
  static int made = 0;
  if (made != n) {
    data.reset();
    auto d = std::make_unique<Ssda903Data>();
    {
      auto [now, last] = returns_of(n);
      for (auto& t : ssda903::write_ssda903_tables(now)) d->files.push_back({t.file_name, std::move(t.text)});
      for (auto& t : ssda903::write_ssda903_tables(last)) {
        std::string stem = t.file_name.substr(0, t.file_name.rfind('.'));
        d->files.push_back({stem + "_last.csv", std::move(t.text)});
      }
    }
    for (const auto& f : d->files) d->bytes += f.text.size();
    d->tables = tables_of(d->files);
    if (n == 1'000) {
      // Kept for a look with `lens validate --la 301 --year 2016-17 <folder>`.
      fs::path folder = fs::temp_directory_path() / "lens_bench_validate_903_1000";
      fs::create_directories(folder);
      for (const auto& f : d->files) std::ofstream(folder / f.name, std::ios::binary) << f.text;
    }
    data = std::move(d);
    made = n;
  }
  return *data;
}

void BM_Validate903Rules(benchmark::State& state) {
  const Ssda903Data& d = ssda903_data(static_cast<int>(state.range(0)));
  std::size_t found = 0;
  for (auto _ : state) found = validation::run_rules(d.tables).size();
  state.counters["children"] = static_cast<double>(state.range(0));
  state.counters["rules"] = static_cast<double>(validation::select_rules(d.tables).size());
  state.counters["findings"] = static_cast<double>(found);
}

void BM_Validate903File(benchmark::State& state) {
  const Ssda903Data& d = ssda903_data(static_cast<int>(state.range(0)));
  std::size_t found = 0;
  validation::CheckOptions o;
  o.la = "301";
  o.year = 2017;
  for (auto _ : state) {
    auto results = validation::check_ssda903_files(d.files, o);
    if (results.empty() || results.front().unreadable) state.SkipWithError("the tables could not be read");
    found = results.front().found.size();
  }
  state.counters["children"] = static_cast<double>(state.range(0));
  state.counters["MB"] = static_cast<double>(d.bytes) / 1e6;
  state.counters["findings"] = static_cast<double>(found);
}

// Interleaved so that each size's data is made once and dropped before the next.
BENCHMARK(BM_ValidateCinRules)->Arg(1'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateCinFile)->Arg(1'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateCinRules)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ValidateCinFile)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ValidateCinRuleByRule)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ValidateCinRules)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_ValidateCinFile)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Validate903Rules)->Arg(1'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Validate903File)->Arg(1'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Validate903Rules)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_Validate903File)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Validate903Rules)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(2);
// Not BM_Validate903File at 1,000,000: the 903 reader's rows (a map of values per row, beside
// the model) pass 22 GB, more than the machine has.

}  // namespace
}  // namespace lens
