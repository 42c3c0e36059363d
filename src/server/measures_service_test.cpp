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

INSTANTIATE_TEST_SUITE_P(Backends, MeasuresServiceTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace lens::server
