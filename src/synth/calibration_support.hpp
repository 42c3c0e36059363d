// calibration_support.hpp — what the calibration tests share (calibration_test.cpp for the CIN
// census, looked_after_calibration_test.cpp for the SSDA903): the cases, the plan that
// simulates one, and the tolerance stated in the README.
//
// Tolerance: rates per 10,000 within 10% of the target and percentages within 4 percentage
// points — or, for small counts, within three standard errors of the sampling noise an
// authority of that size has (Poisson for counts, binomial for shares), whichever is wider.
// Test-only; header-only.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "synth/borough.hpp"
#include "synth/random.hpp"

namespace lens::synth {

struct CalibrationCase {
  std::string profile;
  std::string la;
  int year;  // start year of the period measured
  std::optional<int> population;
};

// A plan simulating the case's authority to its year, from `first_year` (the year itself, or
// the year before when the measure needs it), seed 1.
inline BoroughPlan calibration_plan(const CalibrationCase& c, int first_year) {
  static const Profile england = load_profile("england");
  const Profile profile = load_profile(c.profile);
  BoroughPlan plan;
  plan.authority = Authorities::shipped().find(c.la);
  plan.first_year = first_year;
  plan.last_year = c.year;
  for (int y = plan.first_year - plan.burn_in_years; y <= plan.last_year; ++y)
    plan.targets[y] = resolve_targets(profile, england, *plan.authority, y, c.population);
  plan.seed = derive_seed(1, c.la);
  return plan;
}

// A rate per 10,000 of an authority of `population` children against its target.
inline void expect_rate(const char* id, double got, double want, int population) {
  const double count = want * population / 10000.0;
  const double tolerance = std::max(0.10, 3 / std::sqrt(std::max(count, 1.0))) * want;
  EXPECT_LE(std::abs(got - want), tolerance)
      << id << ": " << got << " for a target of " << want << " (tolerance " << tolerance << ")";
}

// A percentage of `n` against its target.
inline void expect_share(const char* id, double got, double want, double n) {
  const double p = std::clamp(want / 100, 0.0, 1.0);
  const double tolerance = std::max(4.0, 300 * std::sqrt(p * (1 - p) / std::max(n, 1.0)));
  EXPECT_LE(std::abs(got - want), tolerance)
      << id << ": " << got << "% for a target of " << want << "% (tolerance " << tolerance << ")";
}

inline std::string calibration_case_name(const ::testing::TestParamInfo<CalibrationCase>& info) {
  std::string name = info.param.profile + "_" + info.param.la;
  std::replace(name.begin(), name.end(), '-', '_');
  return name + "_" + std::to_string(info.param.year);
}

}  // namespace lens::synth
