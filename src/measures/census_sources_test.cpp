#include "measures/census_sources.hpp"

#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

Census census(const char* la, int year, std::vector<Child> children) {
  Census c;
  c.header.la = la;
  c.header.collection_year = year;
  c.children = std::move(children);
  for (auto& ch : c.children) ch.la = "";  // the census header says whose they are
  return c;
}

TEST(CensusSources, MergesTwoYearsOfOneAuthorityChildByChild) {
  // 2016 census: A's episode of 2015-05-01 (closed 2015-12-01) and of 2016-02-01 (open).
  Child a16 = child("A");
  referral(a16, "2015-05-01").closure = d("2015-12-01");
  referral(a16, "2016-02-01");
  // 2017 census: A's 2016-02-01 episode, now closed; the 2015 one is no longer in it.
  Child a17 = child("A");
  referral(a17, "2016-02-01").closure = d("2016-08-01");
  Child b17 = child("B");
  referral(b17, "2016-06-01");
  SnapshotBuilder builder;
  add_censuses({census("301", 2017, {a17, b17}), census("301", 2016, {a16})}, builder);
  Snapshot s = builder.finish();
  ASSERT_EQ(s.authorities().size(), 1u);
  EXPECT_EQ(s.authorities()[0].code, "301");
  // Complete from the start of the 2016 census year: 2015-04-01.
  EXPECT_EQ(Date::from_days(s.authorities()[0].covered_from).iso(), "2015-04-01");
  EXPECT_EQ(s.children().size(), 2u);
  // Three episodes: A 2015 (kept from 2016), A 2016 (the 2017 copy, closed), B.
  const auto& e = s.episodes();
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(Date::from_days(e.closure[1]).iso(), "2016-08-01");
  EXPECT_EQ(Date::from_days(e.referral[1]).iso(), "2016-02-01");
}

TEST(CensusSources, AMissingYearBreaksCoverageAndARemovedEpisodeIsNotCounted) {
  // 2015 and 2017 censuses, no 2016: 2015-16 is not whole (an episode referred and closed
  // within it is in neither), so LA 301 is complete from the 2017 year only, 2016-04-01.
  // C's episode of 2015-02-01, open at 31 March 2015, is not in the 2017 census, which would
  // hold it were it open on 1 April 2016 or later: not kept. D's, closed 2015-03-01, is history.
  Child c15 = child("C");
  referral(c15, "2015-02-01");
  Child d15 = child("D");
  referral(d15, "2014-12-01").closure = d("2015-03-01");
  Child e17 = child("E");
  referral(e17, "2016-05-01");
  SnapshotBuilder builder;
  add_censuses({census("301", 2015, {c15, d15}), census("301", 2017, {e17})}, builder);
  Snapshot s = builder.finish();
  EXPECT_EQ(Date::from_days(s.authorities()[0].covered_from).iso(), "2016-04-01");
  ASSERT_EQ(s.children().size(), 2u);  // D and E
  EXPECT_EQ(s.episodes().size(), 2u);
}

}  // namespace
}  // namespace lens::measures
