// census_merge.hpp — one authority's CIN censuses of several years made into one history.
//
// A census holds the children in need during its year (1 April to 31 March `collection_year`),
// each with the history the authority keeps; episodes closed before its year may be absent. So
// censuses of one authority overlap, and each says something the others do not:
// - the newer census's copy of a child replaces the child's details, and each episode it holds
//   replaces the older copy of that episode (episodes are matched by referral date);
// - an episode only the older census holds is kept if it closed before the newer census's year
//   (history the newer one need not carry), and dropped if it was open on or after 1 April of
//   that year's start: the newer census would carry it were it real, so it was removed;
// - a child only the older census holds is kept with the episodes so kept (none left: dropped).
// This is the CIN counterpart of merge_years (looked_after.hpp), and what both a store
// (store.hpp) and census files given to `lens measures` (census_sources.hpp) hold.
// Thread-safe: values only.
#pragma once

#include <vector>

#include "core/date.hpp"
#include "model/child_journey.hpp"

namespace lens {

// 1 April of the year before `collection_year`: the first day a census of that year covers.
// Collection years before 1 (unknown) give nullopt.
OptDate census_year_start(int collection_year);

// Merges one authority's censuses, given in any order, into its children. The newest wins:
// censuses are taken oldest first by collection year, then reference date (a census with no
// reference date before one with), then their order in `censuses`. A census with no collection
// year drops nothing it does not hold. Children with no la take their census header's. A child
// id one census holds twice stays twice (a store's key refuses it). One census's children come
// back as they are; merged ones ordered by LA child id, each child's episodes by referral date
// (ties in census order). Empty input gives no children.
std::vector<Child> merge_censuses(std::vector<Census> censuses);

// The earliest collection year of the unbroken run of `years` (in any order) that ends at the
// latest: censuses of those years merged hold every episode open on or after its start
// (census_year_start); a missing year breaks the run. 0 when `years` holds no year above 0.
int first_whole_year(std::vector<int> years);

}  // namespace lens
