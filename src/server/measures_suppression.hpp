// measures_suppression.hpp — small numbers kept out of the aggregates shown to users without
// child-level access (spec/security.md: "cells under a configurable small-number threshold
// (default 5, as official statistics do) are suppressed").
//
// Works on a scorecard as measures/output.hpp writes it in JSON (the headline figures, last
// period's and every breakdown row), so the API and the pages built from it suppress alike. A
// figure rests on a small number when, between 1 and threshold - 1:
//   count, per_10k    the count (numerator)
//   pct               the numerator or the denominator
//   working_days/days the items averaged (denominator)
// Its value, numerator, the denominator (except a per_10k's population) and, where present, the
// median and share become null, and it gains "suppressed": true; zero is never suppressed.
// Comparators (published figures) are left alone. A note saying so is added to "notes" when
// anything was suppressed. Primary suppression only: a suppressed breakdown row can still be
// worked out from the headline and the other rows when only one row is small.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

namespace lens::server {

// Returns how many figures were suppressed.
int suppress_small_numbers(nlohmann::ordered_json& card, std::int64_t threshold);

}  // namespace lens::server
