#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

LookedAfterChild with_oc2(const char* id, int year, std::optional<bool> assessment, std::optional<bool> teeth,
                          std::optional<bool> immunised) {
  auto c = looked_after(id);
  episode(c, "2014-01-01");
  HealthOutcomes h;
  h.year = year;
  h.health_assessment = assessment;
  h.teeth_check = teeth;
  h.immunisations = immunised;
  c.health.push_back(h);
  return c;
}

// The OC2 table of the 2017 return is the cohort for 2016-17:
//  H1 everything 1; H2 assessment 1, teeth 0, immunisations blank; H3 everything 0;
//  H4 a row of the 2016 return (2015-16), not in the cohort.
// Health assessments 2 of 3 (H1, H2); dental checks 1 of 3 (H1); immunisations 1 of 3 (H1: a
// blank is not "up to date").
std::vector<LookedAfterChild> children() {
  return {with_oc2("H1", 2017, true, true, true), with_oc2("H2", 2017, true, false, std::nullopt),
          with_oc2("H3", 2017, false, false, false), with_oc2("H4", 2016, true, true, true)};
}

TEST(LacHealth, TheYearsOc2Cohort) {
  Result r = measure_looked_after(children(), "lac_health_assessment_pct");
  EXPECT_EQ(r.figure.numerator, 2);
  EXPECT_EQ(*r.figure.denominator, 3);
  r = measure_looked_after(children(), "lac_dental_check_pct");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 3);
  r = measure_looked_after(children(), "lac_immunisations_pct");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 3);
}

TEST(LacHealth, AQuarterReadsTheReturnOfTheYearItEndsIn) {
  // 2015-16-Q4 ends 2016-03-31: the 2016 return, H4 alone.
  Result r = measure_looked_after(children(), "lac_health_assessment_pct", "2015-16-Q4");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 1);
}

}  // namespace
}  // namespace lens::measures
