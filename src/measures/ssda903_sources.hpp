// ssda903_sources.hpp — feeding SSDA903 returns (children looked after) into a snapshot, from
// files or from a store.
//
// A 903 return holds one collection year: the care open during the year to 31 March. Returns of
// one authority for several years are merged child by child (merge_years: the newest year wins
// for what two years both hold, as a store does), and the authority is marked as holding 903
// data from the start of its earliest year (SnapshotBuilder::cover_looked_after). Children whose
// returns carry no authority take the return's. Neither function keeps anything after it
// returns; the store is read through the one object given (so from one thread).
#pragma once

#include <string>
#include <vector>

#include "measures/snapshot.hpp"
#include "model/looked_after.hpp"
#include "store/store.hpp"

namespace lens::measures {

void add_looked_after_returns(std::vector<LookedAfterReturn> returns, SnapshotBuilder& builder);

// Every looked-after child of these authorities the store holds (all of them when empty).
void add_looked_after_from_store(const Store& store, const std::vector<std::string>& authorities,
                                 SnapshotBuilder& builder);

}  // namespace lens::measures
