#include "measures/store_snapshot.hpp"

#include "measures/period.hpp"
#include "measures/ssda903_sources.hpp"

namespace lens::measures {

Snapshot snapshot_of_store(const Store& store, const std::vector<std::string>& authorities) {
  SnapshotBuilder builder;
  for (const auto& la : authorities.empty() ? store.authorities() : authorities) {
    if (auto header = store.census_header(la); header && header->collection_year > 0)
      builder.cover(la, financial_year(header->collection_year - 1).start);
    store.for_each_child(la, [&](Child&& c) { builder.add(c); });
  }
  add_looked_after_from_store(store, authorities, builder);
  return builder.finish();
}

}  // namespace lens::measures
