// An SSDA903 return of 20,000 children looked after (several times the largest authority's
// year, about a quarter of England's): writing its CSV tables, reading and checking them, and
// importing the year into SQLite and PostgreSQL (when LENS_TEST_POSTGRES names a server:
// scripts/run-benchmarks starts one), then reading every child back.
// Run: scripts/run-benchmarks build --benchmark_filter=Ssda903
#include <benchmark/benchmark.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "returns/ssda903/ssda903_codes.hpp"
#include "returns/ssda903/ssda903_reader.hpp"
#include "returns/ssda903/ssda903_writer.hpp"
#include "store/store.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;
constexpr int kChildren = 20'000;

std::string pick(std::mt19937& gen, ssda903::CodeList list, int year) {
  auto all = ssda903::codes(list);
  for (;;) {
    const auto& c = all[gen() % all.size()];
    if (ssda903::is_valid_code(list, c.code, year)) return std::string(c.code);
  }
}

// Children with one to five episodes in the year (placement moves and legal status changes),
// reviews, a few missing episodes, OC2 for half of them, OC3 for some: roughly a real year.
const LookedAfterReturn& synthetic_return() {
  static const LookedAfterReturn r = [] {
    using ssda903::CodeList;
    std::mt19937 gen(903);
    LookedAfterReturn r;
    r.la = "301";
    r.collection_year = 2017;
    const Date year_start = *Date::parse("2016-04-01");
    for (int i = 0; i < kChildren; ++i) {
      LookedAfterChild& c = r.children.emplace_back();
      c.la = "301";
      c.la_child_id = "LAC" + std::to_string(100000 + i);
      c.years = {2017};
      c.upn = "A" + std::to_string(100000000000LL + i);
      c.sex = pick(gen, CodeList::Sex, 2017);
      c.birth = year_start - static_cast<int>(gen() % 6500);
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
        at = at + 1 + static_cast<int>(gen() % 200);
        if (e + 1 < episodes && at <= *Date::parse("2017-03-31")) {
          ep.end = at;
          ep.reason_ceased = "X1";
          ep.reason_place_change = pick(gen, CodeList::ReasonPlaceChange, 2017);
        }
        c.episodes.push_back(ep);
        if (!ep.end) break;
      }
      for (int k = 0; k < 2; ++k)
        c.reviews.push_back({year_start + static_cast<int>(gen() % 180) + 180 * k,
                             pick(gen, CodeList::ReviewParticipation, 2017)});
      if (gen() % 10 == 0) c.missing.push_back({"M", year_start + static_cast<int>(gen() % 300), std::nullopt});
      if (gen() % 2 == 0) c.health.push_back({2017, static_cast<int>(gen() % 41), "", false, true, true, true, true, false, false, false});
      if (gen() % 8 == 0) c.care_leaver.push_back({2017, "YES", pick(gen, CodeList::Activity, 2017), pick(gen, CodeList::Accommodation, 2017)});
    }
    return r;
  }();
  return r;
}

std::vector<ssda903::InputFile> tables() {
  std::vector<ssda903::InputFile> files;
  for (auto& t : ssda903::write_ssda903_tables(synthetic_return()))
    files.push_back({t.file_name, std::move(t.text)});
  return files;
}

void BM_Ssda903WriteTables20k(benchmark::State& state) {
  const auto& r = synthetic_return();
  std::size_t bytes = 0;
  for (auto _ : state) {
    bytes = 0;
    for (const auto& t : ssda903::write_ssda903_tables(r)) bytes += t.text.size();
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_Ssda903WriteTables20k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Ssda903ReadTables20k(benchmark::State& state) {
  auto files = tables();
  for (auto _ : state) {
    auto read = ssda903::read_ssda903_files(files, {"301", 2017});
    if (read.returns.size() != 1 || has_errors(read.problems)) state.SkipWithError("the tables have problems");
  }
  state.counters["children"] = kChildren;
}
BENCHMARK(BM_Ssda903ReadTables20k)->Unit(benchmark::kMillisecond)->Iterations(3);

void import_and_read_back(Store& store, benchmark::State& state) {
  const auto& r = synthetic_return();
  store.import_ssda903(r, {"bench", "bench", "bench"});
  std::int64_t n = 0;
  store.for_each_looked_after_child("301", [&](LookedAfterChild&&) { ++n; });
  if (n != kChildren) state.SkipWithError("the store gave back a different number of children");
}

void BM_Ssda903ImportAndReadBack20kSqlite(benchmark::State& state) {
  auto db = (fs::temp_directory_path() / "lens_bench_903.db").string();
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
    auto store = open_sqlite_store(db);
    state.ResumeTiming();
    import_and_read_back(*store, state);
  }
  state.counters["children"] = kChildren;
}
BENCHMARK(BM_Ssda903ImportAndReadBack20kSqlite)->Unit(benchmark::kMillisecond)->Iterations(3);

void admin(const std::string& url, const std::string& sql) {
  PGconn* c = PQconnectdb(url.c_str());
  PQclear(PQexec(c, sql.c_str()));
  PQfinish(c);
}

void BM_Ssda903ImportAndReadBack20kPostgres(benchmark::State& state) {
  const char* admin_url = std::getenv("LENS_TEST_POSTGRES");
  if (!admin_url) {
    state.SkipWithError("LENS_TEST_POSTGRES is not set (scripts/run-benchmarks sets it)");
    return;
  }
  std::string base = admin_url;
  std::string url = base.substr(0, base.rfind('/') + 1) + "lens_bench_903";
  for (auto _ : state) {
    state.PauseTiming();
    admin(base, "DROP DATABASE IF EXISTS lens_bench_903 WITH (FORCE)");
    admin(base, "CREATE DATABASE lens_bench_903");
    auto store = open_postgres_store(url);
    state.ResumeTiming();
    import_and_read_back(*store, state);
  }
  state.counters["children"] = kChildren;
}
BENCHMARK(BM_Ssda903ImportAndReadBack20kPostgres)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace lens
