// The server's measures snapshot is kept between requests and rebuilt only after an import,
// including an import made through another connection to the same store (another `lens serve`
// process on the same PostgreSQL, or another SQLite connection to the same file).
#include "server/measures_service.hpp"

#include <gtest/gtest.h>

#include "support/sample_census.hpp"
#include "support/test_stores.hpp"

namespace lens::server {
namespace {

class MeasuresServiceTest : public lens::testing::TestStoreBase {};

TEST_P(MeasuresServiceTest, TheSnapshotIsKeptUntilAnImportChangesTheStore) {
  store_->import_census(lens::testing::sample_census("301", 2017), {"a.xml", "a", "test"});
  MeasuresService measures("");
  auto first = measures.snapshot(*store_);
  EXPECT_EQ(measures.snapshot(*store_), first);  // the same object: nothing rebuilt
  EXPECT_EQ(measures.builds(), 1);
  ASSERT_EQ(first->authorities().size(), 1u);
  EXPECT_EQ(first->children().size(), 3u);

  // Importing the same file again changes nothing, so the snapshot stays.
  store_->import_census(lens::testing::sample_census("301", 2017), {"a.xml", "a", "test"});
  EXPECT_EQ(measures.snapshot(*store_), first);

  store_->import_census(lens::testing::sample_census("302", 2017, 5), {"b.xml", "b", "test"});
  auto second = measures.snapshot(*store_);
  EXPECT_NE(second, first);
  EXPECT_EQ(measures.builds(), 2);
  EXPECT_EQ(second->authorities().size(), 2u);
  EXPECT_EQ(second->children().size(), 8u);
  EXPECT_EQ(first->children().size(), 3u);  // a holder of the old one still has it whole
}

TEST_P(MeasuresServiceTest, TwoServersOnOneStoreEachSeeTheOthersImport) {
  auto other = open();  // the second server's own connection
  MeasuresService one(""), two("");
  store_->import_census(lens::testing::sample_census("301", 2017), {"a.xml", "a", "test"});
  EXPECT_EQ(one.snapshot(*store_)->children().size(), 3u);
  EXPECT_EQ(two.snapshot(*other)->children().size(), 3u);
  // An import through the second server's connection...
  other->import_census(lens::testing::sample_census("302", 2017, 4), {"b.xml", "b", "test"});
  // ...is seen by the first on its next request.
  EXPECT_EQ(one.snapshot(*store_)->children().size(), 7u);
  EXPECT_EQ(two.snapshot(*other)->children().size(), 7u);
}

TEST_P(MeasuresServiceTest, TheStoreDecidesWhatIsCoveredAndTargetsAreOptional) {
  store_->import_census(lens::testing::sample_census("301", 2017), {"a.xml", "a", "test"});
  MeasuresService measures("");
  auto s = measures.snapshot(*store_);
  // The 2017 census covers 2016-17 (from 1 April 2016).
  EXPECT_EQ(Date::from_days(s->authorities()[0].covered_from).iso(), "2016-04-01");
  EXPECT_EQ(measures.inputs().targets, nullptr);
  MeasuresService rated(std::string(LENS_SOURCE_DIR) + "/data/targets/example.csv");
  ASSERT_NE(rated.inputs().targets, nullptr);
  EXPECT_NE(rated.inputs().targets->find("cpp_open_2y_plus_pct"), nullptr);
}

TEST_P(MeasuresServiceTest, ScorecardsAndPageBodiesAreKeptUntilTheSnapshotChanges) {
  store_->import_census(lens::testing::sample_census("301", 2017), {"a.xml", "a", "test"});
  MeasuresService measures("");
  auto snapshot = measures.snapshot(*store_);
  measures::Request r;
  r.period = measures::parse_period("2016-17");
  r.authorities = {"301"};
  r.indicators = measures::select_indicators({"referrals"});
  auto card = measures.scorecard(snapshot, r);
  EXPECT_EQ(measures.scorecard(snapshot, r), card);  // kept
  EXPECT_EQ(card->indicators.at(0).result.figure.numerator, 3);  // C1000, C1001 (2016-11-30), C1002 (2017-01-10)
  measures::Request other = r;
  other.period = measures::parse_period("2016-17-Q4");
  EXPECT_NE(measures.scorecard(snapshot, other), card);

  int renders = 0;
  auto render = [&] { return "body " + std::to_string(++renders); };
  EXPECT_EQ(*measures.page_body(snapshot, "k", render), "body 1");
  EXPECT_EQ(*measures.page_body(snapshot, "k", render), "body 1");

  store_->import_census(lens::testing::sample_census("301", 2017, 6), {"a6.xml", "a6", "test"});
  auto fresh = measures.snapshot(*store_);
  EXPECT_EQ(measures.scorecard(fresh, r)->indicators.at(0).result.figure.numerator, 6);
  EXPECT_EQ(*measures.page_body(fresh, "k", render), "body 2");
  // A request still holding the old snapshot gets an answer from it, and nothing is kept.
  EXPECT_EQ(measures.scorecard(snapshot, r)->indicators.at(0).result.figure.numerator, 3);
  EXPECT_EQ(measures.scorecard(fresh, r)->indicators.at(0).result.figure.numerator, 6);
}

INSTANTIATE_TEST_SUITE_P(Backends, MeasuresServiceTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace lens::server
