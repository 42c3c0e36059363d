// The DfE validation rules over a CIN census and an SSDA903 return of 1,000, 100,000 and
// 1,000,000 children, with faults in them, as `lens validate` runs them.
//
// CIN: a synthetic borough from the generator (src/synth, an authority of 1.25 million children
// aged 0-17, which gives about 100,000 children in need in 2016-17); smaller censuses take its
// first children, the 1,000,000 one repeats them under new ids and UPNs. Faults are then injected
// (synth/faults.hpp: one of each kind for every 400 children), and the census written as XML.
// SSDA903: the same borough's 2016-17 return from the generator (synth/looked_after_year.hpp:
// episodes, reviews, missing, UASC, OC2, OC3, adoption, previous permanence), its children
// repeated under new ids and UPNs for the larger sizes, with last year's tables for the children
// already looked after then, and faults of its own (an episode ending before it starts, a legal
// status that is no code, a missing date of birth, a review before the child was looked after),
// one of each for every 400 children.
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
#include <string_view>
#include <unordered_map>

#include "core/csv.hpp"
#include "core/upn.hpp"
#include "returns/cin/census_writer.hpp"
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

// The generated borough's 903 returns for 2015-16 and 2016-17 (the same authority and size as
// the census), made once.
const std::pair<LookedAfterReturn, LookedAfterReturn>& generated_returns() {
  static const std::pair<LookedAfterReturn, LookedAfterReturn> returns = [] {
    synth::GenerateOptions o;
    o.authorities = {"301"};
    o.population = 1'250'000;
    o.first_year = 2015;
    o.last_year = 2016;
    o.seed = 8;
    o.looked_after = true;
    synth::GenerationPlan plan = synth::plan_generation(o);
    std::pair<LookedAfterReturn, LookedAfterReturn> out;
    synth::generate(
        plan, [&](synth::GeneratedCensus&& g) { (g.collection_year == 2017 ? out.first : out.second) = std::move(g.looked_after); },
        [](const synth::Progress&) {});
    return out;
  }();
  return returns;
}

// A repeat of a generated child: another child, with an id and a UPN of its own.
void make_repeat(LookedAfterChild& c, std::size_t copy, int i) {
  c.la_child_id += "-" + std::to_string(copy);
  if (c.upn.size() == 13) {
    std::string body = c.upn.substr(1, 5) + fmt::format("{:07d}", i % 10'000'000);
    c.upn = std::string(1, *upn_check_letter(body)) + body;
  }
}

// This year's return (2016-17) for `n` children, the generated children first, then repeats of
// them, with last year's rows for those already looked after then, and faults of its own.
std::pair<LookedAfterReturn, LookedAfterReturn> returns_of(int n) {
  const auto& [base, base_last] = generated_returns();
  std::unordered_map<std::string_view, const LookedAfterChild*> before;
  for (const auto& c : base_last.children) before[c.la_child_id] = &c;
  LookedAfterReturn now, last;
  now.la = last.la = base.la;
  now.collection_year = base.collection_year;
  last.collection_year = base_last.collection_year;
  const int every = 400;  // one fault of each kind for every 400 children
  for (int i = 0; i < n; ++i) {
    const std::size_t copy = static_cast<std::size_t>(i) / base.children.size();
    LookedAfterChild c = base.children[static_cast<std::size_t>(i) % base.children.size()];
    auto was = before.find(c.la_child_id);
    if (was != before.end()) {
      LookedAfterChild b = *was->second;
      if (copy > 0) make_repeat(b, copy, i);
      last.children.push_back(std::move(b));
    }
    if (copy > 0) make_repeat(c, copy, i);
    // Faults (a care leaver in OC3 alone has no episode to spoil).
    if (i % every == 3) c.birth.reset();
    if (!c.episodes.empty()) {
      LacEpisode& first = c.episodes.front();
      if (i % every == 1 && first.end) first.end = first.start - 3;
      if (i % every == 2) first.legal_status = "ZZ";
      if (i % every == 4 && !c.reviews.empty()) c.reviews.front().date = first.start - 30;
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
