// Measures benchmarks: building the analytic snapshot and computing the whole framework (every
// CIN indicator with its standing breakdowns) for (a) one authority and one year and (b) a
// national panel, every authority and every year of ten. Synthetic data (measures_data.hpp):
//   authority  1 authority, about 100,000 children over ten years
//   national   152 authorities, about 4 million children and 20 million records
// Run: build/lens_bench --benchmark_filter=Measures
#include <benchmark/benchmark.h>

#include <map>
#include <memory>

#include "measures/engine.hpp"
#include "measures_data.hpp"

namespace lens::bench {
namespace {

using namespace lens::measures;

Synthetic authority_spec() { return {1, 14'000}; }  // about 100,000 children
Synthetic national_spec() { return {152, 4300}; }

const Snapshot& snapshot(const Synthetic& spec) {
  static std::map<int, std::unique_ptr<Snapshot>> built;
  auto& s = built[spec.authorities];
  if (!s) {
    SnapshotBuilder b;
    generate(spec, [&](Child&& c) { b.add(c); });
    s = std::make_unique<Snapshot>(b.finish());
  }
  return *s;
}

void set_counters(benchmark::State& state, const Snapshot& s) {
  state.counters["children"] = static_cast<double>(s.children().size());
  state.counters["records"] = static_cast<double>(s.record_count());
}

// Generating the children alone, to subtract from the build figures below.
void BM_MeasuresGenerateOnly(benchmark::State& state, Synthetic spec) {
  for (auto _ : state) {
    std::size_t n = 0;
    generate(spec, [&](Child&& c) { n += c.episodes.size(); });
    benchmark::DoNotOptimize(n);
  }
}
BENCHMARK_CAPTURE(BM_MeasuresGenerateOnly, authority, authority_spec())->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_MeasuresGenerateOnly, national, national_spec())->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_MeasuresBuildSnapshot(benchmark::State& state, Synthetic spec) {
  for (auto _ : state) {
    SnapshotBuilder b;
    generate(spec, [&](Child&& c) { b.add(c); });
    Snapshot s = b.finish();
    set_counters(state, s);
  }
}
BENCHMARK_CAPTURE(BM_MeasuresBuildSnapshot, authority, authority_spec())->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_MeasuresBuildSnapshot, national, national_spec())->Unit(benchmark::kMillisecond)->Iterations(1);

// (a) One authority, one financial year: what a partnership asks for.
void BM_MeasuresOneAuthorityYear(benchmark::State& state, Synthetic spec) {
  const Snapshot& s = snapshot(spec);
  const PopulationTable pop = synthetic_population(spec.authorities);
  Request r;
  r.period = financial_year(kFirstYear + kYears - 1);
  r.authorities = {authority_code(0)};
  EngineContext ctx{&pop, nullptr, 0};
  for (auto _ : state) benchmark::DoNotOptimize(compute(s, r, ctx));
  set_counters(state, s);
}
BENCHMARK_CAPTURE(BM_MeasuresOneAuthorityYear, authority, authority_spec())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_MeasuresOneAuthorityYear, national, national_spec())->Unit(benchmark::kMillisecond);

// (b) Every authority on its own, every one of the ten years: the national panel the DfE
// publishes, 1,520 authority-years for the national data.
void BM_MeasuresPanel(benchmark::State& state, Synthetic spec) {
  const Snapshot& s = snapshot(spec);
  const PopulationTable pop = synthetic_population(spec.authorities);
  EngineContext ctx{&pop, nullptr, 0};
  for (auto _ : state)
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
      Request r;
      r.period = financial_year(y);
      benchmark::DoNotOptimize(compute_each_authority(s, r, ctx));
    }
  set_counters(state, s);
  state.counters["authority_years"] = static_cast<double>(s.authorities().size() * kYears);
}
BENCHMARK_CAPTURE(BM_MeasuresPanel, authority, authority_spec())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_MeasuresPanel, national, national_spec())->Unit(benchmark::kMillisecond);

// England as one area for one year: every authority summed.
void BM_MeasuresEnglandYear(benchmark::State& state, Synthetic spec) {
  const Snapshot& s = snapshot(spec);
  const PopulationTable pop = synthetic_population(spec.authorities);
  Request r;
  r.period = financial_year(kFirstYear + kYears - 1);
  EngineContext ctx{&pop, nullptr, 0};
  for (auto _ : state) benchmark::DoNotOptimize(compute(s, r, ctx));
  set_counters(state, s);
}
BENCHMARK_CAPTURE(BM_MeasuresEnglandYear, national, national_spec())->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lens::bench
