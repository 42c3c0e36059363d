// Reading a large CIN census: 100,000 children (about the largest authority's census several
// times over), written by census_writer from a fixed pseudo-random mix, then read back.
// Run: build/lens_bench --benchmark_filter=CinCensus
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "returns/cin/cin_codes.hpp"
#include "returns/cin/census_reader.hpp"
#include "returns/cin/census_writer.hpp"
#include "bench_census.hpp"

namespace lens::cin {
namespace {

void BM_CinCensusRead100k(benchmark::State& state) {
  const std::string& path = census_file();
  auto bytes = static_cast<std::int64_t>(std::filesystem::file_size(path));
  for (auto _ : state) {
    CensusFile f = read_census_file(path);
    if (f.unreadable || !f.problems.empty()) state.SkipWithError("the synthetic census has problems");
    benchmark::DoNotOptimize(f.census.children.data());
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_CinCensusRead100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CinCensusWrite100k(benchmark::State& state) {
  Census c = synthetic_census(100'000);
  for (auto _ : state) {
    std::ofstream out("/dev/null", std::ios::binary);
    write_census(c, out);
  }
}
BENCHMARK(BM_CinCensusWrite100k)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace lens::cin
