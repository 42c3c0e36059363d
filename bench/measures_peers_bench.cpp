// The measures framework in SQL, for comparison with Lens (measures_bench.cpp) on the same
// synthetic children: SQLite in this process, and the tables written out as CSV for DuckDB
// (bench/duckdb/measures_duckdb.mjs). Both run bench/sql/measures.sql, and every run is checked
// against Lens's own figures first (sums of numerators and denominators per indicator and
// category over every authority-year): a benchmark whose figures differ fails.
//
// These take minutes on the national data, so they are registered only with
// LENS_BENCH_PEERS=1 (scripts/bench-measures does that, runs DuckDB and prints the ratios).
// LENS_BENCH_DIR chooses where the CSV files go (default: the temporary folder).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "measures_tables.hpp"

namespace lens::bench {
namespace {

using namespace lens::measures;

Synthetic spec_named(const std::string& name) { return name == "national" ? Synthetic{152, 4300} : Synthetic{1, 14'000}; }

std::string framework_sql() {
  std::ifstream in(std::string(LENS_SOURCE_DIR) + "/bench/sql/measures.sql");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::filesystem::path out_dir() {
  const char* dir = std::getenv("LENS_BENCH_DIR");
  return dir && *dir ? std::filesystem::path(dir) : std::filesystem::temp_directory_path() / "lens-measures-bench";
}

// Lens's figures for (a) the first authority's last year and (b) every authority-year.
struct Expected {
  Checksums one, panel;
};

Expected lens_figures(const Synthetic& spec) {
  SnapshotBuilder b;
  generate(spec, [&](Child&& c) { b.add(c); });
  Snapshot s = b.finish();
  const PopulationTable pop = synthetic_population(spec.authorities);
  EngineContext ctx{&pop, nullptr, 0};
  Expected e;
  Request one;
  one.period = financial_year(kFirstYear + kYears - 1);
  one.authorities = {authority_code(0)};
  add(e.one, compute(s, one, ctx));
  for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
    Request r;
    r.period = financial_year(y);
    for (const auto& results : compute_each_authority(s, r, ctx)) add(e.panel, results);
  }
  return e;
}

const Expected& expected(const std::string& name) {
  static std::map<std::string, Expected> cache;
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, lens_figures(spec_named(name))).first;
  return it->second;
}

SqliteDb& sqlite(const std::string& name) {
  static std::map<std::string, std::unique_ptr<SqliteDb>> dbs;
  auto& db = dbs[name];
  if (!db) {
    db = std::make_unique<SqliteDb>();
    SqliteSink sink(*db);
    write_tables(spec_named(name), sink);
    sink.finish();
  }
  return *db;
}

void scope_one(SqliteDb& db) {
  db.exec("DELETE FROM scope; INSERT INTO scope VALUES ('" + authority_code(0) + "', " +
          std::to_string(kFirstYear + kYears - 1) + ");");
}
void scope_all(SqliteDb& db) {
  db.exec("DELETE FROM scope; INSERT INTO scope SELECT DISTINCT la, fy FROM population;");
}

void BM_SqliteLoad(benchmark::State& state, std::string name) {
  for (auto _ : state) {
    SqliteDb db;
    SqliteSink sink(db);
    write_tables(spec_named(name), sink);
    sink.finish();
  }
}

void BM_SqliteFramework(benchmark::State& state, std::string name, bool panel) {
  SqliteDb& db = sqlite(name);
  const Checksums& want = panel ? expected(name).panel : expected(name).one;
  const std::string sql = framework_sql();
  panel ? scope_all(db) : scope_one(db);
  for (auto _ : state) db.exec(sql);
  std::string differences = describe(want, sqlite_checksums(db));
  if (!differences.empty()) state.SkipWithError(("SQLite and Lens differ:\n" + differences).c_str());
}

// Writes the tables and Lens's expected figures for DuckDB; timed only to say how long it took.
void BM_ExportForDuckdb(benchmark::State& state, std::string name) {
  const auto dir = out_dir() / name;
  for (auto _ : state) {
    CsvSink sink(dir);
    write_tables(spec_named(name), sink);
  }
  write_checksums(expected(name).one, dir / "expected_one.csv");
  write_checksums(expected(name).panel, dir / "expected_panel.csv");
  std::ofstream(dir / "scope_one.csv") << "la,fy\n" << authority_code(0) << ',' << kFirstYear + kYears - 1 << '\n';
}

const bool registered = [] {
  const char* peers = std::getenv("LENS_BENCH_PEERS");
  if (!peers || std::string(peers) != "1") return false;
  for (std::string name : {"authority", "national"}) {
    benchmark::RegisterBenchmark(("BM_ExportForDuckdb/" + name).c_str(), BM_ExportForDuckdb, name)
        ->Unit(benchmark::kMillisecond)->Iterations(1);
    benchmark::RegisterBenchmark(("BM_SqliteLoad/" + name).c_str(), BM_SqliteLoad, name)
        ->Unit(benchmark::kMillisecond)->Iterations(1);
    benchmark::RegisterBenchmark(("BM_SqliteOneAuthorityYear/" + name).c_str(), BM_SqliteFramework, name, false)
        ->Unit(benchmark::kMillisecond)->Iterations(name == "national" ? 3 : 10);
    benchmark::RegisterBenchmark(("BM_SqlitePanel/" + name).c_str(), BM_SqliteFramework, name, true)
        ->Unit(benchmark::kMillisecond)->Iterations(1);
  }
  return true;
}();

}  // namespace
}  // namespace lens::bench
