#include <gtest/gtest.h>

#include "measures/testing.hpp"

namespace lens::measures {
namespace {
using namespace testing;

MissingEpisode missing(const char* kind, const char* start) { return {kind, d(start), std::nullopt}; }

// Missing and away episodes starting in 2016-17:
//  M1 looked after from 2016-01-01: missing 2016-05-01 and 2016-06-01, away 2016-07-01.
//  M2 looked after from 2015-01-01: missing 2016-03-31 (before the period) and 2017-03-31.
//  M3 on short breaks only (V3): missing 2016-05-02 is not while looked after.
//  M4 looked after 2016-04-01..2016-08-31: missing 2016-08-31 (the last day of care: counted)
//     and 2016-09-01 (after care ended: not).
// Children missing M1, M2, M4 = 3; missing episodes 2 + 1 + 1 = 4; away: M1, one episode.
std::vector<LookedAfterChild> children() {
  auto m1 = looked_after("M1");
  episode(m1, "2016-01-01");
  m1.missing = {missing("M", "2016-05-01"), missing("M", "2016-06-01"), missing("A", "2016-07-01")};
  auto m2 = looked_after("M2");
  episode(m2, "2015-01-01");
  m2.missing = {missing("M", "2016-03-31"), missing("M", "2017-03-31")};
  auto m3 = looked_after("M3");
  episode(m3, "2016-05-01", nullptr, "S", "V3");
  m3.missing = {missing("M", "2016-05-02")};
  auto m4 = looked_after("M4");
  episode(m4, "2016-04-01", "2016-08-31", "S", "V2", "U6", "E4A");
  m4.missing = {missing("M", "2016-08-31"), missing("M", "2016-09-01")};
  return {m1, m2, m3, m4};
}

TEST(LacMissing, ChildrenAndEpisodesWhileLookedAfter) {
  EXPECT_EQ(measure_looked_after(children(), "lac_missing_children").figure.numerator, 3);
  EXPECT_EQ(measure_looked_after(children(), "lac_missing_episodes").figure.numerator, 4);
  EXPECT_EQ(measure_looked_after(children(), "lac_away_children").figure.numerator, 1);
  EXPECT_EQ(measure_looked_after(children(), "lac_away_episodes").figure.numerator, 1);
}

}  // namespace
}  // namespace lens::measures
