#include "server/measures_service.hpp"

#include "measures/store_snapshot.hpp"

namespace lens::server {

MeasuresService::MeasuresService(std::string targets_file) : targets_file_(std::move(targets_file)) {}

const MeasuresService::Reference& MeasuresService::reference() {
  // call_once: if loading throws, the next request tries again (and reports the same problem).
  std::call_once(reference_once_, [this] {
    auto r = std::make_unique<Reference>(Reference{measures::AuthorityDirectory::load_default(),
                                                   measures::PopulationTable::load_default(),
                                                   measures::ComparatorTable::load_default(),
                                                   measures::StatisticalNeighbours::load_default(),
                                                   std::nullopt});
    if (!targets_file_.empty()) r->targets = measures::TargetTable::load(targets_file_);
    reference_ = std::move(r);
  });
  return *reference_;
}

measures::ScorecardInputs MeasuresService::inputs() {
  const Reference& r = reference();
  return {&r.population, &r.directory, &r.comparators, &r.neighbours, r.targets ? &*r.targets : nullptr, 1};
}

MeasuresService::ImportsKey MeasuresService::key_of(const Store& store) {
  ImportsKey k;
  auto census = store.imports();
  auto ssda903 = store.ssda903_imports();
  k.census_count = static_cast<std::int64_t>(census.size());
  k.ssda903_count = static_cast<std::int64_t>(ssda903.size());
  if (!census.empty()) k.newest_census = census.front().id;  // newest first
  if (!ssda903.empty()) k.newest_ssda903 = ssda903.front().id;
  return k;
}

std::shared_ptr<const measures::Snapshot> MeasuresService::snapshot(const Store& store) {
  const ImportsKey key = key_of(store);
  {
    std::lock_guard<std::mutex> g(mutex_);
    if (snapshot_ && key_ == key) return snapshot_;
  }
  std::lock_guard<std::mutex> building(build_mutex_);
  {
    // Another request may have built it while this one waited.
    std::lock_guard<std::mutex> g(mutex_);
    if (snapshot_ && key_ == key) return snapshot_;
  }
  // The key was read before the build, so an import landing in between makes the snapshot
  // newer than its key: that costs one more rebuild on a later request, never a stale answer.
  auto fresh = std::make_shared<const measures::Snapshot>(measures::snapshot_of_store(store));
  std::lock_guard<std::mutex> g(mutex_);
  snapshot_ = fresh;
  key_ = key;
  ++builds_;
  scorecards_.clear();
  scorecard_order_.clear();
  return fresh;
}

namespace {

// Everything a scorecard depends on besides the snapshot and the reference data.
std::string request_key(const measures::Request& r) {
  std::string key = r.period.start.iso() + ".." + r.period.end.iso() + "|" + r.period.label + "|";
  for (const auto& la : r.authorities) key += la + ",";
  key += "|";
  for (const auto* i : r.indicators) key += std::string(i->id) + ",";
  key += "|";
  for (auto d : r.by) key += std::string(measures::dim_name(d)) + ",";
  return key;
}

}  // namespace

std::shared_ptr<const measures::Scorecard> MeasuresService::scorecard(
    const std::shared_ptr<const measures::Snapshot>& snapshot, const measures::Request& request) {
  const std::string key = request_key(request);
  {
    std::lock_guard<std::mutex> g(mutex_);
    if (snapshot == snapshot_)
      if (auto it = scorecards_.find(key); it != scorecards_.end()) return it->second;
  }
  // Computed outside the lock; two requests racing for the same card both compute it.
  auto card = std::make_shared<const measures::Scorecard>(measures::build_scorecard(*snapshot, request, inputs()));
  std::lock_guard<std::mutex> g(mutex_);
  if (snapshot == snapshot_ && scorecards_.emplace(key, card).second) {
    scorecard_order_.push_back(key);
    if (scorecard_order_.size() > kScorecardsKept) {
      scorecards_.erase(scorecard_order_.front());
      scorecard_order_.pop_front();
    }
  }
  return card;
}

std::int64_t MeasuresService::builds() const {
  std::lock_guard<std::mutex> g(mutex_);
  return builds_;
}

}  // namespace lens::server
