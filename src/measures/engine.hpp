// engine.hpp — computes indicators over a snapshot for an area and a period.
//
// The area is a set of authorities (DfE LA numbers; empty = every authority in the snapshot);
// counts add up across them and rates divide by their summed population. Breakdowns given are
// each indicator's `always` ones plus those of `by` the indicator declares. Indicators are
// computed in parallel (independent tallies, one per indicator, over the read-only snapshot).
// Results come back in registry order. An authority with no records in the snapshot is a
// MeasuresError; so is an unknown indicator id (see select_indicators).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "measures/authorities.hpp"
#include "measures/indicator.hpp"
#include "measures/period.hpp"
#include "measures/population.hpp"
#include "measures/result.hpp"
#include "measures/snapshot.hpp"

namespace lens::measures {

class MeasuresError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Request {
  Period period;
  std::vector<std::string> authorities;
  std::vector<const Indicator*> indicators;  // empty: all
  std::vector<Dim> by;
};

struct EngineContext {
  const PopulationTable* population = nullptr;  // none: rates are null, with a note
  const AuthorityDirectory* directory = nullptr;  // for names in notes
  unsigned threads = 0;                           // 0: one per core
};

std::vector<Result> compute(const Snapshot& snapshot, const Request& request, const EngineContext& context = {});

// The same request for each authority of the snapshot on its own (a national panel, as the
// DfE publishes one), in parallel across authorities; `request.authorities` is ignored. The
// result is in the snapshot's authority order (Snapshot::authorities()).
std::vector<std::vector<Result>> compute_each_authority(const Snapshot& snapshot, const Request& request,
                                                        const EngineContext& context = {});

// The indicators with these ids (all when empty), or a MeasuresError naming an unknown one.
std::vector<const Indicator*> select_indicators(const std::vector<std::string>& ids);

}  // namespace lens::measures
