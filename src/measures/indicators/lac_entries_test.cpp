#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Entries to care in 2016-17:
//  P1 S L1 2016-04-01 (the first day): started, under police protection.
//  P2 S V2 2016-06-01..2016-09-01 (X1), then S V2 2016-09-01: the second starts the day the first
//     ended, so it is the same period of care: one start.
//  P3 S C1 2017-04-01: the day after the end, not counted.
//  P4 S V2 2016-10-01..2016-11-01 (E4A), S V2 2016-12-01: a gap, so two periods, two starts.
//  P5 S V3 2016-07-01: a short break, excluded.
//  P6 P C2 2016-05-01 as its first episode in the data (care began before it): not an entry.
// lac_started = P1, P2, P4 x2 = 4; police protection 1 of 4; section 20 (V2) 3 of 4.
std::vector<LookedAfterChild> children() {
  auto p1 = looked_after("P1");
  episode(p1, "2016-04-01", nullptr, "S", "L1", "U6");
  auto p2 = looked_after("P2");
  episode(p2, "2016-06-01", "2016-09-01", "S", "V2", "U6", "X1");
  episode(p2, "2016-09-01", nullptr, "S", "V2", "U6");
  auto p3 = looked_after("P3");
  episode(p3, "2017-04-01", nullptr, "S", "C1");
  auto p4 = looked_after("P4");
  episode(p4, "2016-10-01", "2016-11-01", "S", "V2", "U6", "E4A");
  episode(p4, "2016-12-01", nullptr, "S", "V2", "U6");
  auto p5 = looked_after("P5");
  episode(p5, "2016-07-01", nullptr, "S", "V3");
  auto p6 = looked_after("P6");
  episode(p6, "2016-05-01", nullptr, "P", "C2");
  return {p1, p2, p3, p4, p5, p6};
}

TEST(LacEntries, PeriodsOfCareStartedWithRneS) {
  Result r = measure_looked_after(children(), "lac_started", "2016-17", {Dim::LegalStatus});
  EXPECT_EQ(r.figure.numerator, 4);
  EXPECT_EQ(row(r, Dim::LegalStatus, "V2").figure.numerator, 3);
  EXPECT_EQ(row(r, Dim::LegalStatus, "L1").figure.numerator, 1);
}

TEST(LacEntries, PoliceProtectionShare) {
  Result r = measure_looked_after(children(), "lac_started_police_protection_pct");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 4);
  EXPECT_DOUBLE_EQ(*r.figure.value, 25.0);
}

TEST(LacEntries, Section20Share) {
  Result r = measure_looked_after(children(), "lac_started_s20_pct");
  EXPECT_EQ(r.figure.numerator, 3);
  EXPECT_EQ(*r.figure.denominator, 4);
}

TEST(LacEntries, NoEntriesGiveNoShare) {
  Result r = measure_looked_after(children(), "lac_started_s20_pct", "2014-15");
  EXPECT_EQ(*r.figure.denominator, 0);
  EXPECT_FALSE(r.figure.value);
}

}  // namespace
}  // namespace lens::measures
