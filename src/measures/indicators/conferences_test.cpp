#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Section 47 enquiries and conferences in 2016-17.
//  P: enquiry Mon 2016-05-09, conference Tue 2016-05-31: May 10-13 (4), 16-20 (9), 23-27 (14),
//     30 May is a bank holiday, 31 May (15) -> within 15. Plan starts that day -> led to a plan.
//  Q: enquiry Mon 2016-05-09, conference Wed 2016-06-01: 16 -> not within. No plan.
//  R: two enquiries, Mon 2016-10-03 and Mon 2016-10-17, both recording the conference on Tue
//     2016-11-01: one conference, following the later enquiry: Oct 18-21 (4), 24-28 (9), 31 (10),
//     Nov 1 (11) -> within (from 3 October it would be 21). Plan starts the day after -> not
//     "started on the conference date".
//  S: enquiry 2017-03-20, conference 2017-04-05 (next year): the enquiry led to a conference.
//  T: enquiry 2016-07-01 with ICPCnotRequired true though a date is given: no conference.
//  U: enquiry 2016-08-01, no conference.
// s47 = 7 records (R has two), s47_to_icpc = P, Q, R, R, S = 5 of 7;
// icpc = P, Q, R = 3; within 15 = P, R = 2 of 3; led to a plan = P = 1 of 3.
std::vector<Child> conferences() {
  Child p = child("P");
  CinEpisode& pe = referral(p, "2016-05-01");
  section47(pe, "2016-05-09", "2016-05-31");
  plan(pe, "2016-05-31");
  Child q = child("Q");
  section47(referral(q, "2016-05-01"), "2016-05-09", "2016-06-01");
  Child r = child("R");
  CinEpisode& re = referral(r, "2016-10-01");
  section47(re, "2016-10-03", "2016-11-01");
  section47(re, "2016-10-17", "2016-11-01");
  plan(re, "2016-11-02");
  Child s = child("S");
  section47(referral(s, "2017-03-15"), "2017-03-20", "2017-04-05");
  Child t = child("T");
  section47(referral(t, "2016-07-01"), "2016-07-01", "2016-07-10").icpc_not_required = true;
  Child u = child("U");
  section47(referral(u, "2016-08-01"), "2016-08-01");
  return {p, q, r, s, t, u};
}

TEST(Section47, CountsEnquiriesAndThoseLeadingToAConference) {
  EXPECT_EQ(measure(conferences(), "s47").figure.numerator, 7);
  Result r = measure(conferences(), "s47_to_icpc_pct");
  EXPECT_EQ(r.figure.numerator, 5);
  EXPECT_EQ(*r.figure.denominator, 7);
}

TEST(Conferences, OneConferencePerChildAndDate) {
  EXPECT_EQ(measure(conferences(), "icpc").figure.numerator, 3);
  EXPECT_EQ(measure(conferences(), "icpc", "2017-18").figure.numerator, 1);  // S
}

TEST(Conferences, Within15WorkingDaysOfTheEnquiryThatLedToIt) {
  Result r = measure(conferences(), "icpc_within_15wd_pct");
  EXPECT_EQ(r.figure.numerator, 2);
  EXPECT_EQ(*r.figure.denominator, 3);
  EXPECT_NEAR(*r.figure.value, 66.667, 0.001);
}

TEST(Conferences, LedToAPlanStartingThatDay) {
  Result r = measure(conferences(), "icpc_to_plan_pct");
  EXPECT_EQ(r.figure.numerator, 1);
  EXPECT_EQ(*r.figure.denominator, 3);
}

}  // namespace
}  // namespace lens::measures
