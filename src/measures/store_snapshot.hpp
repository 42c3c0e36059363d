// store_snapshot.hpp — the analytic snapshot of what a store holds.
//
// Streams each authority's children out of the store into a SnapshotBuilder, one child at a
// time, and records that each authority's data is complete from the start of the earliest year
// of the unbroken run of census years held ending at the latest (first_whole_year): the store
// merges the censuses it is given, each carrying the episodes open during its year, so the
// years before that run, or before a missing year, are not whole (scorecard.hpp leaves them out
// rather than show a fall). Then its children looked after, every SSDA903 year held
// (ssda903_sources.hpp). `authorities` empty = every authority in the store; one the store does
// not hold adds nothing. Reads through the one Store object given (so one thread); the snapshot
// returned is independent of the store. `lens measures --db` builds the same snapshot.
#pragma once

#include <string>
#include <vector>

#include "measures/snapshot.hpp"
#include "store/store.hpp"

namespace lens::measures {

Snapshot snapshot_of_store(const Store& store, const std::vector<std::string>& authorities = {});

}  // namespace lens::measures
