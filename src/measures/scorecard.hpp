// scorecard.hpp — the performance framework for one area and period, as people read it: each
// indicator's figures, last period's value and the direction of travel, the comparators
// (England, London, region, statistical neighbours, the authority's own published figure), the
// local target and its RAG rating, and the exceptions.
//
// - Last period is the period of the same kind before (period.hpp), computed from the same
//   data; where the data does not reach back that far (Authority::covered_from) it is left out
//   with a note rather than shown as a fall. Direction is up/down/same on the values as shown
//   (one decimal place); progress reads it through the polarity (better/worse/same).
// - Published comparators are annual, so they are given for financial-year periods only; the
//   statistical neighbours' mean and the authority's own published figure need a single
//   authority.
// - An exception is an indicator rated red, or worse than every comparator it has (at least
//   one) given its polarity.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "measures/comparators.hpp"
#include "measures/engine.hpp"
#include "measures/targets.hpp"

namespace lens::measures {

struct Area {
  std::vector<std::string> la_codes;  // DfE numbers, ascending
  std::vector<std::string> ons_codes;
  std::string name;  // "Barking and Dagenham", or the names joined with " + "
};

struct Comparator {
  std::string key;   // england, london, region, statistical_neighbours, published
  std::string name;  // for people: "England", "Statistical neighbours (mean of 10)"
  std::optional<double> value;
  std::string source;
};

struct ScoredIndicator {
  Result result;
  std::optional<Figure> last;
  std::string direction;  // up, down, same, or empty when either value is unknown
  std::string progress;   // better, worse, same, or empty (no polarity or no direction)
  std::vector<Comparator> comparators;
  std::optional<Target> target;
  Rag rag = Rag::None;
  std::vector<std::string> exceptions;  // why it is an exception, empty if it is not
};

struct Scorecard {
  Area area;
  Period period;
  Period previous;
  std::vector<ScoredIndicator> indicators;
  std::vector<std::string> notes;  // about the whole area or period
};

struct ScorecardInputs {
  const PopulationTable* population = nullptr;
  const AuthorityDirectory* directory = nullptr;
  const ComparatorTable* comparators = nullptr;
  const StatisticalNeighbours* neighbours = nullptr;
  const TargetTable* targets = nullptr;
  unsigned threads = 0;
};

Scorecard build_scorecard(const Snapshot& snapshot, const Request& request, const ScorecardInputs& inputs);

// Values as shown to people: one decimal place for everything but counts.
double shown(Unit unit, double value);

// The first day the data is complete for over these authorities: the latest of their
// Authority::covered_from (kCoveredAlways when none is known). A period starting earlier is
// incomplete; the scorecard notes it and leaves out a last period that starts earlier.
// For the looked-after indicators (Source::Ssda903) it is the latest Authority::looked_after_from
// of those with 903 returns (the 903 years held may reach further back than the census), or the
// census's when none has any.
std::int32_t covered_from(const Snapshot& snapshot, const std::vector<std::string>& la_codes,
                          Source source = Source::CinCensus);

}  // namespace lens::measures
