#include "measures/store_snapshot.hpp"

#include "measures/ssda903_sources.hpp"
#include "model/census_merge.hpp"

namespace lens::measures {

Snapshot snapshot_of_store(const Store& store, const std::vector<std::string>& authorities) {
  SnapshotBuilder builder;
  for (const auto& la : authorities.empty() ? store.authorities() : authorities) {
    if (auto start = census_year_start(first_whole_year(store.census_years(la))))
      builder.cover(la, *start);
    store.for_each_child(la, [&](Child&& c) { builder.add(c); });
  }
  add_looked_after_from_store(store, authorities, builder);
  return builder.finish();
}

}  // namespace lens::measures
