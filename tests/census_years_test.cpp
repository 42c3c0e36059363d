// Two census years end to end: `lens import` of LA 301's 2016 and 2017 censuses (in either
// order, into SQLite or PostgreSQL), then `lens measures --db`, gives the last period and the
// direction of travel that `lens measures` gives from the two files themselves.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "returns/cin/census_writer.hpp"
#include "support/run_lens.hpp"
#include "support/sample_census.hpp"
#include "support/test_postgres.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;

// Referrals, worked by hand. The 2016 census covers 2015-16 (from 2015-04-01), the 2017
// census 2016-17 (from 2016-04-01).
//  A: 2015-05-01 closed 2015-12-01 (in 2016 only: history the 2017 census leaves out) and
//     2016-02-01 (in both; closed 2016-08-01 by 2017)            -> two referrals in 2015-16
//  B: 2016-01-10, open at 31 March 2016, not in 2017: removed     -> none
//  C: 2015-06-01 closed 2015-09-01 (2016 only)                    -> one in 2015-16
//  E: 2014-06-01 closed 2015-05-01 (2016 only), before 2015-16    -> none
//  D: 2016-06-01; F: 2016-09-01 and 2017-01-05; G: 2016-10-01     -> four in 2016-17
// So referrals: 2016-17 4, last period (2015-16) 3, up.
Child child_with(const std::string& id, std::vector<CinEpisode> episodes) {
  Child c = testing::full_child(id);
  c.la = "301";
  c.episodes = std::move(episodes);
  return c;
}
using testing::census_episode;
Census census_2016() {
  Census c = testing::sample_census("301", 2016, 0);
  c.children = {child_with("A", {census_episode("2015-05-01", "2015-12-01"),
                                 census_episode("2016-02-01")}),
                child_with("B", {census_episode("2016-01-10")}),
                child_with("C", {census_episode("2015-06-01", "2015-09-01")}),
                child_with("E", {census_episode("2014-06-01", "2015-05-01")})};
  return c;
}
Census census_2017() {
  Census c = testing::sample_census("301", 2017, 0);
  c.children = {child_with("A", {census_episode("2016-02-01", "2016-08-01")}),
                child_with("D", {census_episode("2016-06-01")}),
                child_with("F", {census_episode("2016-09-01"), census_episode("2017-01-05")}),
                child_with("G", {census_episode("2016-10-01")})};
  return c;
}

class CensusYears : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lens-census-years-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    file_2016_ = write("census-2016.xml", census_2016());
    file_2017_ = write("census-2017.xml", census_2017());
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const Census& census) {
    auto path = (dir_ / name).string();
    std::ofstream out(path, std::ios::binary);
    cin::write_census(census, out);
    return path;
  }
  // The referrals row of `lens measures ... --period 2016-17 --format json`.
  static nlohmann::json referrals(const std::string& source) {
    auto r = testing::run_lens("measures " + source + " --period 2016-17 --format json --indicator referrals");
    EXPECT_EQ(r.exit_code, 0) << r.out;
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    if (j.is_discarded() || j["indicators"].empty()) {
      ADD_FAILURE() << r.out;
      return nlohmann::json();
    }
    return j["indicators"][0];
  }
  static void import(const std::string& store, const std::string& file) {
    auto r = testing::run_lens("import " + store + " " + file, testing::Stderr::Merge);
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(r.out.find(": imported"), std::string::npos) << r.out;
  }
  // Imports 2017 then 2016, or 2016 then 2017, into `store` and compares with the files.
  void expect_the_files_figures(const std::string& store, bool newest_first) {
    import(store, newest_first ? file_2017_ : file_2016_);
    if (newest_first) {
      // One year held: the year before it is not whole, so no last period.
      auto one = referrals(store);
      EXPECT_EQ(one["value"], 4);
      EXPECT_TRUE(one["last"].is_null()) << one;
    }
    import(store, newest_first ? file_2016_ : file_2017_);
    auto files = referrals(file_2016_ + " " + file_2017_);
    auto held = referrals(store);
    EXPECT_EQ(files["value"], 4);
    EXPECT_EQ(files["last"]["value"], 3) << files;
    EXPECT_EQ(held["value"], files["value"]);
    EXPECT_EQ(held["last"], files["last"]);
    EXPECT_EQ(held["direction"], files["direction"]);
    EXPECT_FALSE(held["direction"].is_null()) << held;
  }

  fs::path dir_;
  std::string file_2016_, file_2017_;
};

TEST_F(CensusYears, TheStoreGivesTheLastPeriodTheFilesGiveInEitherOrder) {
  expect_the_files_figures("--db " + (dir_ / "in-order.db").string(), false);
  expect_the_files_figures("--db " + (dir_ / "newest-first.db").string(), true);
}

TEST_F(CensusYears, OnPostgresqlToo) {
  testing::ScopedPostgresDatabase db("lens_census_years_e2e");
  expect_the_files_figures("--postgres '" + db.url() + "'", true);
}

}  // namespace
}  // namespace lens
