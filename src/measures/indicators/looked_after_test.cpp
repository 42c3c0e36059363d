#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Around 2016-17 (2016-04-01..2017-03-31):
//  A  C2 U4 2015-01-01.. open: at end.
//  B  V2 U6 2016-05-01..2017-03-31: ended on the last day, so not open at end.
//  C  V3 (short break) 2016-06-01.. open: short breaks are excluded.
//  D  L1 U6 2017-03-31.. open: started on the last day, at end.
//  E  C2 2016-01-01..2016-08-01 then (RNE P) C2 K2 2016-08-01.. open: one child, at end in K2.
//  F  V2, UASC record for 2017 with no DUC: at end, UASC.
//  G  V2, UASC record for 2017 with DUC 2017-02-01 (turned 18): at end, no longer UASC.
// lac_at_end = A, D, E, F, G = 5; legal status C2 2 (A, E), L1 1 (D), V2 2 (F, G).
// uasc_at_end = F = 1.
std::vector<LookedAfterChild> children() {
  auto a = looked_after("A");
  episode(a, "2015-01-01");
  auto b = looked_after("B");
  episode(b, "2016-05-01", "2017-03-31", "S", "V2", "U6", "E4A");
  auto c = looked_after("C");
  episode(c, "2016-06-01", nullptr, "S", "V3");
  auto dd = looked_after("D");
  episode(dd, "2017-03-31", nullptr, "S", "L1", "U6");
  auto e = looked_after("E");
  episode(e, "2016-01-01", "2016-08-01", "S", "C2", "U4", "X1");
  episode(e, "2016-08-01", nullptr, "P", "C2", "K2");
  auto f = looked_after("F", "2001-06-01");
  episode(f, "2016-09-01", nullptr, "S", "V2", "U6");
  f.uasc.push_back({2017, std::nullopt});
  auto g = looked_after("G", "1999-02-01");
  episode(g, "2016-09-01", nullptr, "S", "V2", "U6");
  g.uasc.push_back({2017, d("2017-02-01")});
  return {a, b, c, dd, e, f, g};
}

TEST(LookedAfter, DistinctChildrenAtEndByLegalStatus) {
  Result r = measure_looked_after(children(), "lac_at_end", "2016-17", {Dim::PlacementType, Dim::Uasc});
  EXPECT_EQ(r.figure.numerator, 5);
  EXPECT_EQ(row(r, Dim::LegalStatus, "C2").figure.numerator, 2);
  EXPECT_EQ(row(r, Dim::LegalStatus, "L1").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::LegalStatus, "V2").figure.numerator, 2);
  EXPECT_EQ(row(r, Dim::PlacementType, "K2").figure.numerator, 1);  // E's placement on the last day
  EXPECT_EQ(row(r, Dim::PlacementType, "U6").figure.numerator, 3);  // D, F, G
  EXPECT_EQ(row(r, Dim::Uasc, "uasc").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::Uasc, "not_uasc").figure.numerator, 4);
}

TEST(LookedAfter, UascAtEnd) {
  Result r = measure_looked_after(children(), "uasc_at_end");
  EXPECT_EQ(r.figure.numerator, 1);
}

TEST(LookedAfter, AChildInTheCensusAndThe903CountsOnce) {
  Child cin = child("A");
  referral(cin, "2014-12-01");
  Result r = measure_looked_after(children(), "lac_at_end", "2016-17", {}, {cin});
  EXPECT_EQ(r.figure.numerator, 5);
}

TEST(LookedAfter, RateNeedsThePopulation) {
  Result r = measure_looked_after(children(), "lac_at_end_rate");
  EXPECT_EQ(r.figure.numerator, 5);
  EXPECT_FALSE(r.figure.value);  // no population loaded in this test
}

}  // namespace
}  // namespace lens::measures
