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
  bodies_.clear();
  return fresh;
}

template <class T>
std::shared_ptr<const T> MeasuresService::kept(Kept<T>& store, const std::shared_ptr<const measures::Snapshot>& snapshot,
                                               const std::string& key, const std::function<T()>& make) {
  {
    std::lock_guard<std::mutex> g(mutex_);
    if (snapshot == snapshot_)
      if (auto value = store.get(key)) return value;
  }
  // Made outside the lock; two requests racing for the same key both make it.
  auto value = std::make_shared<const T>(make());
  std::lock_guard<std::mutex> g(mutex_);
  if (snapshot == snapshot_) store.put(key, value);
  return value;
}

std::shared_ptr<const measures::Scorecard> MeasuresService::scorecard(
    const std::shared_ptr<const measures::Snapshot>& snapshot, const measures::Request& request) {
  return kept<measures::Scorecard>(scorecards_, snapshot, request_key(request),
                                   [&] { return measures::build_scorecard(*snapshot, request, inputs()); });
}

std::shared_ptr<const std::string> MeasuresService::page_body(const std::shared_ptr<const measures::Snapshot>& snapshot,
                                                              const std::string& key,
                                                              const std::function<std::string()>& render) {
  return kept<std::string>(bodies_, snapshot, key, render);
}

std::string MeasuresService::request_key(const measures::Request& r) {
  std::string key = r.period.start.iso() + ".." + r.period.end.iso() + "|" + r.period.label + "|";
  for (const auto& la : r.authorities) key += la + ",";
  key += "|";
  for (const auto* i : r.indicators) key += std::string(i->id) + ",";
  key += "|";
  for (auto d : r.by) key += std::string(measures::dim_name(d)) + ",";
  return key;
}

std::int64_t MeasuresService::builds() const {
  std::lock_guard<std::mutex> g(mutex_);
  return builds_;
}

}  // namespace lens::server
