#include "measures/comparators.hpp"

#include <gtest/gtest.h>

#include "measures/data_files.hpp"

namespace lens::measures {
namespace {

// The comparator file Lens ships carries the DfE's published dashboard figures for Barking and
// Dagenham 2016/17 (LAIT and the children in need tables): re-referrals 13.7%, initial
// conferences within 15 working days 93.6% ((108 + 273) / 407 from table C4), assessments
// within 45 working days 77.6%, 294 children on a plan at 31 March 2017.
TEST(Comparators, ShippedFileHoldsThePublishedBarkingAndDagenham201617Figures) {
  ComparatorTable t = ComparatorTable::load_default();
  auto value = [&](const char* id) {
    const ComparatorRow* r = t.find(id, "2016-17", "301");
    return r ? r->value : -1.0;
  };
  EXPECT_DOUBLE_EQ(value("re_referrals_12m_pct"), 13.7);
  EXPECT_DOUBLE_EQ(value("icpc_within_15wd_pct"), 93.6);
  EXPECT_DOUBLE_EQ(value("assessments_within_45wd_pct"), 77.6);
  EXPECT_DOUBLE_EQ(value("cpp_at_end"), 294);
  EXPECT_DOUBLE_EQ(value("referrals"), 3123);
  // England's published re-referral rate for the same year.
  ASSERT_NE(t.find("re_referrals_12m_pct", "2016-17", kEnglandCode), nullptr);
  EXPECT_DOUBLE_EQ(t.find("re_referrals_12m_pct", "2016-17", kEnglandCode)->value, 21.9);
}

TEST(Comparators, SeedFiguresCarryTheirDocumentAndLine) {
  ComparatorTable t = ComparatorTable::load_default();
  // The 2015/16 referral rate of the statistical neighbours, as the 2016/17 report quotes it.
  const ComparatorRow* sn = t.find("referrals_rate", "2015-16", "sn:301");
  ASSERT_NE(sn, nullptr);
  EXPECT_DOUBLE_EQ(sn->value, 700);
  EXPECT_EQ(sn->source, "seeds 000 L559");
  // Where the DfE publishes the same figure, the publication is used, not the quote.
  const ComparatorRow* england = t.find("referrals_rate", "2015-16", kEnglandCode);
  ASSERT_NE(england, nullptr);
  EXPECT_NE(england->source.find("DfE"), std::string::npos);
}

TEST(Comparators, NeighboursMeanOverThoseWithAFigure) {
  ComparatorTable t;
  t.add({"x", "2016-17", "101", "A", 10, "test"});
  t.add({"x", "2016-17", "102", "B", 20, "test"});
  t.add({"x", "2016-17", "102", "B", 99, "a second file"});  // first one wins
  StatisticalNeighbours sn;
  for (const char* n : {"101", "102", "103"}) sn.add("2021", "900", n);
  NeighboursMean m = neighbours_mean(t, sn, "x", "2016-17", "900");
  EXPECT_EQ(m.neighbours, 3);
  EXPECT_EQ(m.with_value, 2);  // 103 has no figure: left out, not counted as 0
  EXPECT_DOUBLE_EQ(*m.value, 15.0);
  EXPECT_EQ(m.model, "2021");
  EXPECT_EQ(StatisticalNeighbours::model_for("2024-25"), "2025");
  EXPECT_FALSE(neighbours_mean(t, sn, "y", "2016-17", "900").value);
}

TEST(Comparators, ShippedNeighboursOfBarkingAndDagenham) {
  StatisticalNeighbours sn = StatisticalNeighbours::load_default();
  const auto& n = sn.of("2025", "301");
  ASSERT_EQ(n.size(), 10u);
  EXPECT_EQ(n.front(), "308");  // Enfield, the closest in the 2025 model
}

TEST(Comparators, AMissingFolderIsAClearError) {
  try {
    ComparatorTable::load_folder("/nonexistent/comparators");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/comparators"), std::string::npos);
  }
}

}  // namespace
}  // namespace lens::measures
