#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Children adopted in 2016-17:
//  A1 entered 2015-01-10 (U6), placed for adoption (P, A6) 2015-09-01, adopted (E11) 2016-06-01:
//     2015-01-10 to 2015-09-01 = 21 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 1 = 234 days.
//  A2 entered on the leap day 2016-02-29 (U5, fostering for adoption), T to A5 with the same
//     carers 2016-05-01, placement order (L, E1, still A5) 2016-05-20, adopted (E12) 2017-01-15:
//     placed 2016-05-01 (the L episode is not a new placement): 31 + 30 + 1 = 62 days.
//  A3 adopted (E11) 2016-10-01 from an episode whose care began before the data (first
//     episode RNE P): left out.
//  A4 adopted (E11) 2016-11-01 but no A3-A6 placement recorded: left out.
//  A5 returned home (E4A): not adopted.
// Mean (234 + 62) / 2 = 148 days; median 148.
TEST(Adoption, DaysFromEntryToTheAdoptivePlacement) {
  auto a1 = looked_after("A1", "2014-06-01");
  episode(a1, "2015-01-10", "2015-09-01", "S", "C2", "U6", "X1");
  episode(a1, "2015-09-01", "2016-06-01", "P", "E1", "A6", "E11");
  auto a2 = looked_after("A2", "2016-02-20");
  episode(a2, "2016-02-29", "2016-05-01", "S", "C1", "U5", "X1");
  episode(a2, "2016-05-01", "2016-05-20", "T", "C1", "A5", "X1");
  episode(a2, "2016-05-20", "2017-01-15", "L", "E1", "A5", "E12");
  auto a3 = looked_after("A3");
  episode(a3, "2015-01-01", "2016-10-01", "P", "E1", "A4", "E11");
  auto a4 = looked_after("A4");
  episode(a4, "2015-01-01", "2016-11-01", "S", "E1", "U4", "E11");
  auto a5 = looked_after("A5");
  episode(a5, "2015-01-01", "2016-11-01", "S", "V2", "U6", "E4A");
  Result r = measure_looked_after({a1, a2, a3, a4, a5}, "adoption_days_entry_to_placement");
  EXPECT_EQ(r.figure.numerator, 296);
  EXPECT_EQ(*r.figure.denominator, 2);
  EXPECT_DOUBLE_EQ(*r.figure.value, 148.0);
  EXPECT_DOUBLE_EQ(*r.median, 148.0);
}

}  // namespace
}  // namespace lens::measures
