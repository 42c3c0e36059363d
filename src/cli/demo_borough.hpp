// demo_borough.hpp — a small synthetic borough for `lens demo` while the full generator
// (src/synth/, `lens generate`) is not in this build: one CIN census (LA 301, year to 31 March
// 2017) whose children's journeys run from April 2012, with assessments late and on time,
// Section 47 enquiries, conferences, child protection plans with reviews, and cases still open
// on the reference date so that the timescale lists have something due and overdue.
// Deterministic for a seed. Every child is invented.
#pragma once

#include <cstdint>

#include "model/child_journey.hpp"

namespace lens::cli {

Census demo_borough(int children, std::uint32_t seed);

}  // namespace lens::cli
