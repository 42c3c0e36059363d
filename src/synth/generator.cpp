#include "synth/generator.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "synth/borough.hpp"
#include "synth/data_files.hpp"
#include "synth/random.hpp"

namespace lens::synth {
namespace {
constexpr int kEarliestYear = 2000;  // the calendar and the data make sense from here
constexpr int kLatestYear = 2040;
}  // namespace

GenerationPlan plan_generation(const GenerateOptions& o) {
  GenerationPlan plan;
  plan.profile = load_profile(o.profile);
  plan.england = load_profile("england");
  plan.seed = o.seed;
  plan.faults = o.faults;
  plan.population = o.population;
  plan.jobs = std::max(1, o.jobs);
  plan.looked_after = o.looked_after;

  int default_year = plan.profile.years.empty() ? plan.england.years.rbegin()->first
                                                : plan.profile.years.rbegin()->first;
  plan.first_year = o.first_year.value_or(o.last_year.value_or(default_year));
  plan.last_year = o.last_year.value_or(plan.first_year);
  if (plan.first_year > plan.last_year)
    throw std::invalid_argument(fmt::format("--years: {} comes after {}", period_text(plan.first_year),
                                            period_text(plan.last_year)));
  if (plan.first_year < kEarliestYear || plan.last_year > kLatestYear)
    throw std::invalid_argument(fmt::format("--years: Lens generates {} to {}",
                                            period_text(kEarliestYear), period_text(kLatestYear)));

  const Authorities& all = Authorities::shipped();
  std::vector<const Authority*> chosen;
  if (!o.authorities.empty() && !o.every_authority) {
    for (const auto& code : o.authorities) {
      const Authority* a = all.find(code);
      if (!a)
        throw std::invalid_argument(fmt::format(
            "--la: {} is not the DfE number of an English authority (301 is Barking and Dagenham)",
            code));
      if (std::find(chosen.begin(), chosen.end(), a) == chosen.end()) chosen.push_back(a);
    }
  } else if (!plan.profile.la.empty()) {
    const Authority* a = all.find(plan.profile.la);
    if (!a) throw DataError(fmt::format("profile {}: unknown authority {}", plan.profile.name, plan.profile.la));
    chosen.push_back(a);
  } else {
    for (const auto& a : all.all()) chosen.push_back(&a);
  }
  if (o.population) {
    if (chosen.size() != 1)
      throw std::invalid_argument("--population sets one authority's children: give one --la");
    if (*o.population < 100 || *o.population > 5000000)
      throw std::invalid_argument("--population: give the children aged 0-17, 100 to 5,000,000");
  }
  const bool every_authority =
      o.every_authority || (o.authorities.empty() && plan.profile.la.empty());
  for (const Authority* a : chosen) {
    AuthorityRun run{a, plan.first_year, plan.last_year};
    if (every_authority) {
      // Each authority only in the years it made a census (reorganisations come and go).
      while (run.first_year <= run.last_year && !a->exists_in(run.first_year + 1)) ++run.first_year;
      while (run.last_year >= run.first_year && !a->exists_in(run.last_year + 1)) --run.last_year;
      if (run.first_year > run.last_year) continue;
    }
    plan.runs.push_back(run);
  }
  return plan;
}

void generate(const GenerationPlan& plan, const CensusSink& sink, const ProgressReport& progress) {
  std::mutex mutex;  // guards the sink, progress, done and failure
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  JourneyModelCache models;
  int done = 0;
  const int total = static_cast<int>(plan.runs.size());

  auto work = [&] {
    for (;;) {
      const std::size_t i = next++;
      if (i >= plan.runs.size() || stop) return;
      const AuthorityRun& run = plan.runs[i];
      const auto t0 = std::chrono::steady_clock::now();
      BoroughPlan borough;
      borough.authority = run.authority;
      borough.first_year = run.first_year;
      borough.last_year = run.last_year;
      borough.seed = derive_seed(plan.seed, run.authority->la);
      borough.models = &models;
      borough.looked_after = plan.looked_after;
      for (int y = run.first_year - borough.burn_in_years; y <= run.last_year; ++y)
        borough.targets[y] =
            resolve_targets(plan.profile, plan.england, *run.authority, y, plan.population);
      long long children = 0;
      try {
        simulate_borough(borough, [&](BoroughYear&& year) {
          GeneratedCensus out;
          out.authority = run.authority;
          out.collection_year = year.collection_year;
          out.census = std::move(year.census);
          out.people = std::move(year.people);
          out.looked_after = std::move(year.looked_after);
          if (!plan.faults.empty()) {
            Random random(derive_seed(plan.seed, fmt::format("{} faults {}", run.authority->la,
                                                             year.collection_year)));
            out.faults = inject_faults(out.census, plan.faults, random);
          }
          children += static_cast<long long>(out.census.children.size());
          std::lock_guard lock(mutex);
          if (stop) throw std::runtime_error("stopped");
          sink(std::move(out));
        });
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure && !stop) failure = std::current_exception();
        stop = true;
        return;
      }
      std::lock_guard lock(mutex);
      ++done;
      if (progress) {
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        progress({done, total, run.authority, children, seconds});
      }
    }
  };
  const int threads = std::min<int>(plan.jobs, std::max(1, total));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace lens::synth
