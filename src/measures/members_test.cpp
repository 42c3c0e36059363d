#include "measures/members.hpp"

#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

// Two authorities' assessments in 2016-17.
//   A (301): 2016-05-03 → 2016-05-10: 5 working days (4, 5, 6, 9, 10 May), within 45;
//            2016-08-01 → 2016-10-31: 21 working days in August (the 29th is the summer bank
//            holiday), 22 in September, 21 in October = 64, late.
//   B (318): 2016-07-01 → 2016-07-04: 1 working day (Monday the 4th), within 45.
//   C (301): referred, never assessed: in no assessment figure.
std::vector<Child> children() {
  Child a = child("A", "2010-01-01", "301");
  CinEpisode& ea = referral(a, "2016-05-01");
  assessment(ea, "2016-05-03", "2016-05-10");
  assessment(ea, "2016-08-01", "2016-10-31");
  Child b = child("B", "2010-01-01", "318");
  assessment(referral(b, "2016-06-20"), "2016-07-01", "2016-07-04");
  Child c = child("C", "2010-01-01", "301");
  referral(c, "2016-06-01");
  return {a, b, c};
}

TEST(Members, APercentageListsEachChildWithItsItemsAndHits) {
  const Snapshot s = build_snapshot(children());
  const Indicator& within = *find_indicator("assessments_within_45wd_pct");
  auto m = members_of(s, within, parse_period("2016-17"), {"301"});
  ASSERT_EQ(m.size(), 1u);  // A only: C has no assessment, B is in 318
  EXPECT_EQ(m[0].la, "301");
  EXPECT_EQ(m[0].child_id, "A");
  EXPECT_EQ(m[0].items, 2);
  EXPECT_EQ(m[0].numerator, 1);  // the May one

  auto both = members_of(s, within, parse_period("2016-17"), {});
  ASSERT_EQ(both.size(), 2u);  // in authority order: 301's A, then 318's B
  EXPECT_EQ(both[1].child_id, "B");
  EXPECT_EQ(both[1].la, "318");
  EXPECT_EQ(both[1].numerator, 1);
}

TEST(Members, AMeanAddsTheChildsAmountsAndARateListsItsCount) {
  const Snapshot s = build_snapshot(children());
  auto mean = members_of(s, *find_indicator("assessment_mean_wd"), parse_period("2016-17"), {"301"});
  ASSERT_EQ(mean.size(), 1u);
  EXPECT_EQ(mean[0].items, 2);
  EXPECT_EQ(mean[0].numerator, 5 + 64);

  // referrals_rate divides `referrals`: A's and C's referrals in 301.
  auto rate = members_of(s, *find_indicator("referrals_rate"), parse_period("2016-17"), {"301"});
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[0].child_id, "A");
  EXPECT_EQ(rate[1].child_id, "C");
  EXPECT_EQ(rate[1].items, 1);
  EXPECT_EQ(rate[1].numerator, 1);
}

TEST(Members, TheyAddUpToTheEnginesFigure) {
  const Snapshot s = build_snapshot(children());
  Request r;
  r.period = parse_period("2016-17");
  r.indicators = select_indicators({"assessments_within_45wd_pct"});
  const Result result = compute(s, r).at(0);
  std::int64_t items = 0, hits = 0;
  for (const auto& m : members_of(s, *r.indicators[0], r.period, {})) {
    items += m.items;
    hits += m.numerator;
  }
  EXPECT_EQ(hits, result.figure.numerator);
  EXPECT_EQ(items, *result.figure.denominator);
}

TEST(Members, AnAuthorityWithNoRecordsIsAnError) {
  const Snapshot s = build_snapshot(children());
  EXPECT_THROW(members_of(s, *find_indicator("referrals"), parse_period("2016-17"), {"999"}), MeasuresError);
}

TEST(Members, ATallyKeepsNoMembersUnlessAsked) {
  const Snapshot s = build_snapshot(children());
  Tally plain(s, {});
  plain.add(Item{0, 0}, true);
  EXPECT_TRUE(plain.members().empty());
  Tally kept(s, {});
  kept.keep_members();
  kept.add(Item{2, 0}, false);
  kept.add_amount(Item{1, 0}, 7);
  ASSERT_EQ(kept.members().size(), 2u);
  EXPECT_EQ(kept.members()[0].child, 2u);
  EXPECT_EQ(kept.members()[0].numerator, 0);
  EXPECT_EQ(kept.members()[1].numerator, 7);
}

}  // namespace
}  // namespace lens::measures
