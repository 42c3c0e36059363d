#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

LookedAfterChild leaver(const char* id, int year, const char* in_touch, const char* activity, const char* accom) {
  auto c = looked_after(id, "1998-06-01");
  c.care_leaver.push_back({year, in_touch, activity, accom});
  return c;
}

// OC3 of the 2017 return (2016-17), every row in the cohort:
//  L1 YES F2 E1: in touch, EET (education), suitable (supported lodgings).
//  L2 NO 0 0: nothing known.
//  L3 REFU G5 B2: refused contact, NEET, with parents but not suitable.
//  L4 YES P5 Z1: in touch, part-time employment, with former foster carers, suitable.
//  L5 DIED (no activity or accommodation): counted in the cohort, in none of the numerators.
//  L6 a row of the 2016 return: not in the cohort.
// In touch 2 of 5 (L1, L4); EET 2 of 5 (L1, L4); suitable 2 of 5 (L1, L4).
std::vector<LookedAfterChild> children() {
  return {leaver("L1", 2017, "YES", "F2", "E1"), leaver("L2", 2017, "NO", "0", "0"),
          leaver("L3", 2017, "REFU", "G5", "B2"), leaver("L4", 2017, "YES", "P5", "Z1"),
          leaver("L5", 2017, "DIED", "", ""),     leaver("L6", 2016, "YES", "F1", "B1")};
}

TEST(CareLeavers, TheYearsOc3Cohort) {
  for (const char* id : {"care_leavers_in_touch_pct", "care_leavers_eet_pct", "care_leavers_suitable_accommodation_pct"}) {
    Result r = measure_looked_after(children(), id);
    EXPECT_EQ(r.figure.numerator, 2) << id;
    EXPECT_EQ(*r.figure.denominator, 5) << id;
    EXPECT_DOUBLE_EQ(*r.figure.value, 40.0) << id;
  }
}

}  // namespace
}  // namespace lens::measures
