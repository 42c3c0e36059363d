#include "synth/random.hpp"

#include <gtest/gtest.h>

#include <array>

namespace lens::synth {
namespace {

TEST(Random, SplitMix64MatchesThePublishedFirstOutput) {
  // The reference implementation (Vigna, splitmix64.c) seeded with 0 first returns
  // 0xE220A8397B1DCDAF; it is the value every port is checked against.
  std::uint64_t state = 0;
  EXPECT_EQ(splitmix64(state), 0xE220A8397B1DCDAFULL);
  EXPECT_EQ(state, 0x9E3779B97F4A7C15ULL);  // the state advanced by the golden gamma
}

TEST(Random, SameSeedSameSequenceDifferentSeedDifferentSequence) {
  Random a(42), b(42), c(43);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    std::uint64_t x = a.next();
    EXPECT_EQ(x, b.next());
    differs |= x != c.next();
  }
  EXPECT_TRUE(differs);
}

TEST(Random, DerivedSeedsDependOnTheLabelOnly) {
  EXPECT_EQ(derive_seed(7, "301"), derive_seed(7, "301"));
  EXPECT_NE(derive_seed(7, "301"), derive_seed(7, "302"));
  EXPECT_NE(derive_seed(7, "301"), derive_seed(8, "301"));
}

TEST(Random, BelowAndBetweenStayInRangeAndCoverIt) {
  Random r(1);
  std::array<int, 10> seen{};
  for (int i = 0; i < 100000; ++i) {
    auto x = r.below(10);
    ASSERT_LT(x, 10u);
    ++seen[x];
    int y = r.between(-3, 3);
    ASSERT_GE(y, -3);
    ASSERT_LE(y, 3);
  }
  // 10,000 expected per value; the standard deviation is about 95, so 9,500..10,500 is
  // more than five of them either side.
  for (int n : seen) {
    EXPECT_GT(n, 9500);
    EXPECT_LT(n, 10500);
  }
}

TEST(Random, UniformIsInTheHalfOpenUnitInterval) {
  Random r(2);
  double sum = 0;
  for (int i = 0; i < 100000; ++i) {
    double u = r.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / 100000, 0.5, 0.005);  // sd of the mean is 0.0009
}

TEST(Random, ChanceHonoursItsEdges) {
  Random r(3);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(r.chance(0));
    EXPECT_TRUE(r.chance(1));
  }
}

TEST(Weighted, DrawsInProportionAndNeverAZeroWeight) {
  Random r(4);
  Weighted w({1, 0, 3});
  std::array<int, 3> seen{};
  for (int i = 0; i < 40000; ++i) ++seen[w(r)];
  EXPECT_EQ(seen[1], 0);
  // Expected 10,000 and 30,000 (weights 1 and 3 of 4); sd about 87.
  EXPECT_NEAR(seen[0], 10000, 500);
  EXPECT_NEAR(seen[2], 30000, 500);
}

TEST(Weighted, RefusesWeightsThatCannotBeDrawn) {
  EXPECT_THROW(Weighted({0, 0}), std::invalid_argument);
  EXPECT_THROW(Weighted({1, -1}), std::invalid_argument);
}

TEST(Piecewise, MeanAndShareBelowFollowFromThePieces) {
  // Pieces [0,10) weight 1 and [10,30) weight 3: mean = (1*5 + 3*20) / 4 = 16.25;
  // share below 20 = (1 + 3 * (20-10)/(30-10)) / 4 = 2.5 / 4 = 0.625.
  Piecewise p({{0, 10, 1}, {10, 30, 3}});
  EXPECT_DOUBLE_EQ(p.mean(), 16.25);
  EXPECT_DOUBLE_EQ(p.below(20), 0.625);
  EXPECT_DOUBLE_EQ(p.below(0), 0.0);
  EXPECT_DOUBLE_EQ(p.below(30), 1.0);
  // Doubling every piece doubles the mean.
  EXPECT_DOUBLE_EQ(p.scaled(2).mean(), 32.5);

  Random r(5);
  double sum = 0;
  int below20 = 0;
  for (int i = 0; i < 100000; ++i) {
    double x = p(r);
    ASSERT_GE(x, 0.0);
    ASSERT_LT(x, 30.0);
    sum += x;
    below20 += x < 20;
  }
  EXPECT_NEAR(sum / 100000, 16.25, 0.1);
  EXPECT_NEAR(below20 / 100000.0, 0.625, 0.01);
}

}  // namespace
}  // namespace lens::synth
