#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Four referrals in 2016-17 (2016-04-01..2017-03-31), chosen for the 12-month boundary:
//   A: 2015-05-10, then 2016-05-10 exactly 12 months later -> a re-referral (on or after
//      2016-05-10 minus 12 months = 2015-05-10). A's 2017-04-01 referral is after the period.
//   B: 2015-04-01, then 2016-04-02: 12 months and a day -> not a re-referral
//      (2016-04-02 minus 12 months = 2015-04-02, and 2015-04-01 is before it).
//   C: 2017-03-31 only, the period's last day, ReferralNFA -> counted, no previous referral.
//   D: 2016-02-29 (leap day), then 2017-02-28: minus 12 months = 2016-02-28 (clamped), and
//      2016-02-29 is on or after it -> a re-referral. Source left blank.
// So referrals = 4, re-referrals 2 of 4 = 50%, NFA 1 of 4 = 25%, assessed 1 of 4 (A's).
std::vector<Child> four_referrals() {
  Child a = child("A");
  referral(a, "2015-05-10", "6");
  assessment(referral(a, "2016-05-10", "6"), "2016-05-11", "2016-06-01");
  referral(a, "2017-04-01", "6");
  Child b = child("B");
  referral(b, "2015-04-01", "3A");
  referral(b, "2016-04-02", "3A");
  Child c = child("C");
  referral(c, "2017-03-31", "2A").nfa = true;
  Child d = child("D");
  referral(d, "2016-02-29", "");
  referral(d, "2017-02-28", "");
  return {a, b, c, d};
}

TEST(Referrals, CountsEveryReferralInThePeriodInclusive) {
  Result r = measure(four_referrals(), "referrals");
  EXPECT_EQ(r.figure.numerator, 4);
  EXPECT_FALSE(r.figure.denominator);
  EXPECT_EQ(*r.figure.value, 4.0);
  // The year before holds A 2015-05-10 and B 2015-04-01 (D's 2016-02-29 too: 2015-16).
  EXPECT_EQ(measure(four_referrals(), "referrals", "2015-16").figure.numerator, 3);
}

TEST(Referrals, ReReferralWithin12MonthsIncludesTheAnniversary) {
  Result r = measure(four_referrals(), "re_referrals_12m_pct");
  EXPECT_EQ(r.figure.numerator, 2);
  EXPECT_EQ(*r.figure.denominator, 4);
  EXPECT_DOUBLE_EQ(*r.figure.value, 50.0);
}

TEST(Referrals, SameDayReferralIsNotAPreviousOne) {
  // "before this date": two referrals on one day are not re-referrals of each other.
  Child a = child("A");
  referral(a, "2016-06-01");
  referral(a, "2016-06-01");
  Result r = measure({a}, "re_referrals_12m_pct");
  EXPECT_EQ(r.figure.numerator, 0);
  EXPECT_EQ(*r.figure.denominator, 2);
}

TEST(Referrals, NoFurtherActionAndAssessmentShares) {
  Result nfa = measure(four_referrals(), "referrals_nfa_pct");
  EXPECT_EQ(nfa.figure.numerator, 1);
  EXPECT_DOUBLE_EQ(*nfa.figure.value, 25.0);
  Result assessed = measure(four_referrals(), "referral_to_assessment_pct");
  EXPECT_EQ(assessed.figure.numerator, 1);
  EXPECT_EQ(*assessed.figure.denominator, 4);
}

TEST(Referrals, EmptyPeriodGivesNullPercentages) {
  Result r = measure(four_referrals(), "re_referrals_12m_pct", "2010-11");
  EXPECT_EQ(*r.figure.denominator, 0);
  EXPECT_FALSE(r.figure.value);
}

TEST(Referrals, BySourceListsEveryCodeInOrderAndAddsUp) {
  Result r = measure(four_referrals(), "referrals_by_source");
  const auto& rows = breakdown(r, Dim::Source).rows;
  ASSERT_EQ(rows.size(), 23u);  // 22 codes 1A..10 and "not recorded"
  EXPECT_EQ(rows.front().code, "1A");
  EXPECT_EQ(rows[21].code, "10");
  EXPECT_EQ(row(r, Dim::Source, "1A").figure.numerator, 0);  // zero rows are listed
  EXPECT_EQ(row(r, Dim::Source, "6").figure.numerator, 1);   // A
  EXPECT_EQ(row(r, Dim::Source, "3A").figure.numerator, 1);  // B
  EXPECT_EQ(row(r, Dim::Source, "2A").figure.numerator, 1);  // C
  EXPECT_EQ(row(r, Dim::Source, "not_recorded").figure.numerator, 1);  // D
  EXPECT_DOUBLE_EQ(*row(r, Dim::Source, "6").share, 25.0);
  EXPECT_EQ(row(r, Dim::SourceGroup, "police").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::SourceGroup, "health").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::SourceGroup, "schools").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::SourceGroup, "individual").figure.numerator, 0);
}

TEST(Referrals, AgeBandIsTakenOnTheReferralDate) {
  // All four are born 2010-06-01: 5 on 2016-05-10 (A) and 2016-04-02 (B), 6 on 2017-03-31 (C)
  // and 2017-02-28 (D), so all four are in band 5-9.
  // An unborn child (expected date only) referred in the year is `unborn`.
  auto children = four_referrals();
  Child u = child("U", nullptr);
  u.expected_birth = d("2016-09-01");
  referral(u, "2016-07-01");
  children.push_back(u);
  Result r = measure(children, "referrals", "2016-17", {Dim::AgeBand});
  EXPECT_EQ(row(r, Dim::AgeBand, "5_9").figure.numerator, 4);
  EXPECT_EQ(row(r, Dim::AgeBand, "unborn").figure.numerator, 1);
  EXPECT_EQ(row(r, Dim::AgeBand, "under_1").figure.numerator, 0);
}

TEST(Referrals, RateUsesThePopulationOfTheYearThePeriodStartsIn) {
  PopulationTable pop;
  pop.set("301", 2016, 40'000);
  pop.set("301", 2017, 10);  // the wrong year: must not be used for 2016-17
  // 4 referrals / 40,000 children x 10,000 = 1.0
  Result r = measure(four_referrals(), "referrals_rate", "2016-17", {}, &pop);
  EXPECT_EQ(r.figure.numerator, 4);
  EXPECT_EQ(*r.figure.denominator, 40'000);
  EXPECT_DOUBLE_EQ(*r.figure.value, 1.0);
  // 2015-16 has no estimate: null with a note, never a guess.
  Result unknown = measure(four_referrals(), "referrals_rate", "2015-16", {}, &pop);
  EXPECT_FALSE(unknown.figure.value);
  ASSERT_EQ(unknown.notes.size(), 1u);
  EXPECT_NE(unknown.notes[0].find("mid-2015"), std::string::npos);
}

}  // namespace
}  // namespace lens::measures
