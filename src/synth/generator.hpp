// generator.hpp — makes synthetic CIN censuses and SSDA903 returns for one authority or all of
// England, for the `lens generate` command, the demo, tests and benchmarks.
//
// plan_generation checks the options and works out what to make: the profile (profile.hpp),
// the authorities (the profile's own, the ones asked for, or every English authority for the
// england profiles, each only in the years it existed), the periods and each authority's
// targets. generate then simulates each authority (borough.hpp) on `jobs` threads, one
// authority at a time per thread, and hands every authority-year's census (and, when
// `looked_after` is asked for, its 903 return) to the sink as soon as it is made, so memory
// holds a few authorities, never the whole country.
//
// Determinism: an authority's data depends only on the run seed, its LA number, the profile,
// the periods and the population override — not on `jobs`, on which other authorities are
// generated, or on timing. Sink calls are serialised (never two at once) and, for each
// authority, come in year order; authorities may interleave in any order.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/looked_after.hpp"
#include "synth/authorities.hpp"
#include "synth/faults.hpp"
#include "synth/person.hpp"
#include "synth/profile.hpp"

namespace lens::synth {

struct GenerateOptions {
  std::string profile = "england";
  // DfE LA numbers. Empty: the profile's authority, or every authority for a profile without
  // one (england, england-by-authority).
  std::vector<std::string> authorities;
  bool every_authority = false;   // every English authority, each in the years it existed
  std::optional<int> population;  // children aged 0-17, every year; one authority only
  std::optional<int> first_year;  // start years of the first and last period; default: the
  std::optional<int> last_year;   // profile's latest period
  std::uint64_t seed = 1;
  FaultSpec faults;
  int jobs = 1;
  bool looked_after = false;  // make each year's SSDA903 return too
};

struct AuthorityRun {
  const Authority* authority = nullptr;
  int first_year = 0;  // periods this authority is generated for (start years)
  int last_year = 0;
};

struct GenerationPlan {
  Profile profile;
  Profile england;
  std::vector<AuthorityRun> runs;
  int first_year = 0, last_year = 0;
  std::optional<int> population;
  std::uint64_t seed = 1;
  FaultSpec faults;
  int jobs = 1;
  bool looked_after = false;
};

// Throws std::invalid_argument (a message for the user) or DataError.
GenerationPlan plan_generation(const GenerateOptions& options);

struct GeneratedCensus {
  const Authority* authority = nullptr;
  int collection_year = 0;  // 2017 for 2016-17
  Census census;
  std::vector<Person> people;           // parallel to the census's children
  std::vector<InjectedFault> faults;    // empty unless faults were asked for
  LookedAfterReturn looked_after;       // the year's 903 return, if asked for (same children's ids)
};

struct Progress {
  int done = 0;   // authorities finished
  int total = 0;
  const Authority* authority = nullptr;  // the one just finished
  long long children = 0;                // children in its censuses, all years
  double seconds = 0;                    // its generation time
};

using CensusSink = std::function<void(GeneratedCensus&&)>;
using ProgressReport = std::function<void(const Progress&)>;

// Generates everything in the plan. An exception from the sink stops the run and is rethrown.
void generate(const GenerationPlan& plan, const CensusSink& sink, const ProgressReport& progress);

}  // namespace lens::synth
