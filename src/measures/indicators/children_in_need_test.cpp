#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Episodes around the end of 2016-17 (2017-03-31):
//  E1 referred 2016-05-01, open, N1: in need at end.
//  E2 referred 2016-05-01, closed 2017-03-31 (the last day), RC7: not open at end; closed in period.
//  E3 referred 2016-05-01, open, but ReferralNFA: not counted.
//  E4 two open episodes, 2015-01-01 (N2) and 2016-07-01 (N4): one child, need N4 (the latest).
//  E5 referred 2017-04-01: after the end.
//  E6 referred 2014-01-01, closed 2017-04-01 (after the end): open at end; no primary need.
//  E7 referred 2016-01-01, closed 2016-04-01 (the first day), RC8: closed in period.
// cin_at_end = E1, E4, E6 = 3: N1 1, N4 1, not recorded 1.
// cin_closed_by_reason = E2 (RC7), E7 (RC8) = 2.
std::vector<Child> episodes() {
  Child e1 = child("E1");
  referral(e1, "2016-05-01").primary_need = "N1";
  Child e2 = child("E2");
  CinEpisode& x2 = referral(e2, "2016-05-01");
  x2.closure = d("2017-03-31");
  x2.closure_reason = "RC7";
  Child e3 = child("E3");
  referral(e3, "2016-05-01").nfa = true;
  Child e4 = child("E4");
  referral(e4, "2015-01-01").primary_need = "N2";
  referral(e4, "2016-07-01").primary_need = "N4";
  Child e5 = child("E5");
  referral(e5, "2017-04-01");
  Child e6 = child("E6");
  CinEpisode& x6 = referral(e6, "2014-01-01");
  x6.primary_need = "";
  x6.closure = d("2017-04-01");
  Child e7 = child("E7");
  CinEpisode& x7 = referral(e7, "2016-01-01");
  x7.closure = d("2016-04-01");
  x7.closure_reason = "RC8";
  return {e1, e2, e3, e4, e5, e6, e7};
}

TEST(ChildrenInNeed, DistinctChildrenOpenAtEndNotNfa) {
  Result r = measure(episodes(), "cin_at_end");
  EXPECT_EQ(r.figure.numerator, 3);
  EXPECT_EQ(row(r, Dim::PrimaryNeed, "N1").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::PrimaryNeed, "N2").figure.numerator, 0);
  EXPECT_EQ(row(r, Dim::PrimaryNeed, "N4").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::PrimaryNeed, "not_recorded").figure.numerator, 1);
  EXPECT_EQ(breakdown(r, Dim::PrimaryNeed).rows.front().code, "N1");  // schema order, N0 after N9
}

TEST(ChildrenInNeed, ClosedByReasonIncludesBothEnds) {
  Result r = measure(episodes(), "cin_closed_by_reason");
  EXPECT_EQ(r.figure.numerator, 2);
  EXPECT_EQ(row(r, Dim::ClosureReason, "RC7").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::ClosureReason, "RC8").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::ClosureReason, "RC1").figure.numerator, 0);
}

}  // namespace
}  // namespace lens::measures
