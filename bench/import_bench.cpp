// Importing a 100,000-child census, as `lens import` does it: read and check the XML, then write
// every record in one transaction. Once into a fresh SQLite file, once into a fresh PostgreSQL
// database (when LENS_TEST_POSTGRES names a server: scripts/run-benchmarks starts one).
// Run: scripts/run-benchmarks build --benchmark_filter=Import
#include <benchmark/benchmark.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <filesystem>

#include "bench_census.hpp"
#include "returns/cin/census_reader.hpp"
#include "store/store.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;

void import_file(Store& store, const std::string& path, benchmark::State& state) {
  cin::CensusFile f = cin::read_census_file(path);
  if (f.unreadable || has_errors(f.problems)) state.SkipWithError("the census has problems");
  store.import_census(f.census, {path, "bench", "bench"});
}

void BM_ImportCensus100kSqlite(benchmark::State& state) {
  const std::string& path = cin::census_file();
  auto db = (fs::temp_directory_path() / "lens_bench_import.db").string();
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
    auto store = open_sqlite_store(db);
    state.ResumeTiming();
    import_file(*store, path, state);
  }
  state.counters["children"] = 100'000;
}
BENCHMARK(BM_ImportCensus100kSqlite)->Unit(benchmark::kMillisecond)->Iterations(3);

void admin(const std::string& url, const std::string& sql) {
  PGconn* c = PQconnectdb(url.c_str());
  PQclear(PQexec(c, sql.c_str()));
  PQfinish(c);
}

void BM_ImportCensus100kPostgres(benchmark::State& state) {
  const char* admin_url = std::getenv("LENS_TEST_POSTGRES");
  if (!admin_url) {
    state.SkipWithError("LENS_TEST_POSTGRES is not set (scripts/run-benchmarks sets it)");
    return;
  }
  std::string base = admin_url;
  std::string url = base.substr(0, base.rfind('/') + 1) + "lens_bench_import";
  const std::string& path = cin::census_file();
  for (auto _ : state) {
    state.PauseTiming();
    admin(base, "DROP DATABASE IF EXISTS lens_bench_import WITH (FORCE)");
    admin(base, "CREATE DATABASE lens_bench_import");
    auto store = open_postgres_store(url);
    state.ResumeTiming();
    import_file(*store, path, state);
  }
  state.counters["children"] = 100'000;
}
BENCHMARK(BM_ImportCensus100kPostgres)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace lens
