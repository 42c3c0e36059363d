// demo_borough.hpp — the synthetic borough `lens demo` serves: Barking and Dagenham (LA 301) as
// the synthetic generator makes it (src/synth/, profile barking-dagenham-2016-17), with about
// `children` children in the census to 31 March 2017, the censuses and the SSDA903 returns of
// each year 2012-13 to 2016-17 (children in need; children looked after, their placements,
// reviews, missing episodes, care leavers, adoptions), so that the dashboard (with five years of
// trend), the chronologies and the timescale lists all have something to show.
// Children are numbered DEMO100001, DEMO100002, ... (the 2016-17 census's first, then those of
// earlier censuses, then those only in a 903 return), the same in every return. Deterministic
// for a seed. Every child is invented.
#pragma once

#include <cstdint>
#include <vector>

#include "model/child_journey.hpp"
#include "model/looked_after.hpp"
#include "store/store.hpp"

namespace lens::cli {

struct DemoBorough {
  std::vector<Census> censuses;                 // 2012-13 .. 2016-17, in year order
  std::vector<LookedAfterReturn> looked_after;  // 2012-13 .. 2016-17, in year order
};

DemoBorough demo_borough(int children, std::uint32_t seed);

// Imports the censuses and the 903 returns, oldest first, one transaction each.
void import_demo_borough(Store& store, const DemoBorough& borough);

}  // namespace lens::cli
