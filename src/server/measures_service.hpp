// measures_service.hpp — the measures engine as the web app uses it: the analytic snapshot of
// the whole store, kept in the server process, and the reference data the scorecard needs.
//
// - snapshot(store) hands out the snapshot built from the store, rebuilding it only when the
//   store's import history has changed since it was built (the newest CIN and SSDA903 import
//   ids and how many there are): a request costs two small reads of the import tables, not a
//   rebuild. Several `lens serve` processes on one PostgreSQL each see another's import on their
//   next request, because the history lives in the store, not in any one process.
// - reference() loads, once, on first use, the authorities, ONS populations, published
//   comparators, statistical neighbours and the partnership's targets (none when no targets
//   file is given); a missing or malformed file is a measures::DataError naming it.
// - scorecard(snapshot, request) builds the scorecard for a request (measures/scorecard.hpp),
//   keeping the last kKept of the current snapshot, so a dashboard many people open with the
//   same area and period is computed once per import, not once per request; page_body keeps
//   rendered page bodies the same way (the caller's key must hold everything the body depends
//   on besides the snapshot). What is kept goes with the snapshot it was made from.
// Thread-safe: the server's worker threads share one service. A snapshot handed out stays valid
// while its holder keeps the shared_ptr, even if a newer one replaces it meanwhile; one rebuild
// runs at a time and requests that need the new snapshot wait for it.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "measures/authorities.hpp"
#include "measures/comparators.hpp"
#include "measures/population.hpp"
#include "measures/scorecard.hpp"
#include "measures/snapshot.hpp"
#include "measures/targets.hpp"
#include "store/store.hpp"

namespace lens::server {

class MeasuresService {
 public:
  explicit MeasuresService(std::string targets_file);

  struct Reference {
    measures::AuthorityDirectory directory;
    measures::PopulationTable population;
    measures::ComparatorTable comparators;
    measures::StatisticalNeighbours neighbours;
    std::optional<measures::TargetTable> targets;
  };
  const Reference& reference();
  // The scorecard's inputs over reference(); `threads` 1, since requests already run in parallel.
  measures::ScorecardInputs inputs();

  std::shared_ptr<const measures::Snapshot> snapshot(const Store& store);
  std::shared_ptr<const measures::Scorecard> scorecard(const std::shared_ptr<const measures::Snapshot>& snapshot,
                                                       const measures::Request& request);
  std::shared_ptr<const std::string> page_body(const std::shared_ptr<const measures::Snapshot>& snapshot,
                                               const std::string& key, const std::function<std::string()>& render);
  static constexpr std::size_t kKept = 256;
  // How many times a snapshot has been built (for tests and for people watching the server).
  std::int64_t builds() const;
  // Everything a scorecard depends on besides the snapshot and the reference data, as text.
  static std::string request_key(const measures::Request& request);

 private:
  struct ImportsKey {
    std::int64_t newest_census = 0, census_count = 0, newest_ssda903 = 0, ssda903_count = 0;
    bool operator==(const ImportsKey&) const = default;
  };
  static ImportsKey key_of(const Store& store);

  std::string targets_file_;
  std::once_flag reference_once_;
  std::unique_ptr<Reference> reference_;

  // The last kKept values put, by key, oldest dropped first.
  template <class T>
  class Kept {
   public:
    std::shared_ptr<const T> get(const std::string& key) const {
      auto it = values_.find(key);
      return it == values_.end() ? nullptr : it->second;
    }
    void put(const std::string& key, std::shared_ptr<const T> value) {
      if (!values_.emplace(key, std::move(value)).second) return;
      order_.push_back(key);
      if (order_.size() > kKept) {
        values_.erase(order_.front());
        order_.pop_front();
      }
    }
    void clear() {
      values_.clear();
      order_.clear();
    }

   private:
    std::map<std::string, std::shared_ptr<const T>> values_;
    std::deque<std::string> order_;
  };
  // Computes a value outside the lock and keeps it if the snapshot is still the current one.
  template <class T>
  std::shared_ptr<const T> kept(Kept<T>& store, const std::shared_ptr<const measures::Snapshot>& snapshot,
                                const std::string& key, const std::function<T()>& make);

  mutable std::mutex mutex_;  // guards snapshot_, key_, builds_ and what is kept
  std::mutex build_mutex_;    // one rebuild at a time
  std::shared_ptr<const measures::Snapshot> snapshot_;
  std::optional<ImportsKey> key_;
  std::int64_t builds_ = 0;
  Kept<measures::Scorecard> scorecards_;
  Kept<std::string> bodies_;
};

}  // namespace lens::server
