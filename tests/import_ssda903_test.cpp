// `lens import` of SSDA903 returns end to end: the built binary against folders of CSV tables
// and 903 XML, told apart from CIN census files by their content.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "returns/cin/census_writer.hpp"
#include "returns/ssda903/ssda903_writer.hpp"
#include "store/store.hpp"
#include "support/run_lens.hpp"
#include "support/sample_census.hpp"
#include "support/sample_looked_after.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;

using testing::LensRun;
using testing::sample_looked_after_return;

class ImportSsda903 : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lens-import903-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "lens.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  LensRun import(const std::string& args) {
    return testing::run_lens("import --db " + db_ + " " + args, testing::Stderr::Merge);
  }
  std::string folder(const std::string& name, const LookedAfterReturn& r) {
    auto path = (dir_ / name).string();
    ssda903::write_ssda903(r, path);
    return path;
  }
  // What the store holds of looked-after children, as text.
  std::string state() {
    auto store = open_sqlite_store(db_);
    std::ostringstream s;
    s << store->ssda903_imports().size() << ";";
    store->for_each_looked_after_child("", [&](LookedAfterChild&& c) {
      s << c.la << "/" << c.la_child_id << "/" << c.episodes.size() << ";";
    });
    return s.str();
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(ImportSsda903, ImportsAFolderOfTablesThenFindsItUnchanged) {
  // The folder's name says the year; --la says the authority.
  std::string path = folder("2016-17", sample_looked_after_return("301", 2017, 3));
  LensRun first = import("--la 301 " + path);
  EXPECT_EQ(first.exit_code, 0) << first.out;
  EXPECT_NE(first.out.find("imported — 3 children looked after, LA 301, 2016-17 903 return"), std::string::npos)
      << first.out;
  EXPECT_EQ(state(), "1;301/C1000/3;301/C1001/1;301/C1002/3;");
  LensRun again = import("--la 301 " + path);
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_NE(again.out.find("unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(state(), "1;301/C1000/3;301/C1001/1;301/C1002/3;");
}

TEST_F(ImportSsda903, ACensusAndA903GoInTogetherAndJoinOnTheChild) {
  std::ostringstream xml;
  cin::write_census(testing::sample_census("301", 2017, 2), xml);
  auto census = (dir_ / "census.xml").string();
  std::ofstream(census) << xml.str();
  std::string tables = folder("903", sample_looked_after_return("301", 2017, 1));
  LensRun r = import("--la 301 --year 2016-17 " + census + " " + tables);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  auto store = open_sqlite_store(db_);
  EXPECT_TRUE(store->find_child("301", "C1000"));
  EXPECT_TRUE(store->find_looked_after_child("301", "C1000"));
}

TEST_F(ImportSsda903, ABadDateRefusesEveryYearGivenAndLeavesTheStoreAsItWas) {
  ASSERT_EQ(import("--la 301 " + folder("2016-17", sample_looked_after_return("301", 2017, 2))).exit_code, 0);
  std::string before = state();
  std::string good = folder("next/2017-18", sample_looked_after_return("301", 2018, 2));
  std::string bad = folder("next/2018-19", sample_looked_after_return("301", 2019, 2));
  {
    // C1000's first review (08/05/2018) becomes 30 February.
    std::ifstream in(bad + "/reviews.csv");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    text.replace(text.find("08/05/2018"), 10, "30/02/2019");
    std::ofstream(bad + "/reviews.csv", std::ios::trunc) << text;
  }
  LensRun r = import("--la 301 " + (dir_ / "next").string());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("2018-19/reviews.csv:2: child C1000: <REVIEW> 30/02/2019 is not a date"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("nothing imported (1 error)"), std::string::npos) << r.out;
  EXPECT_EQ(state(), before);  // not even the good 2017-18 tables
}

TEST_F(ImportSsda903, SaysWhatIsMissingWhenTheAuthorityIsNotGiven) {
  LensRun r = import(folder("2016-17", sample_looked_after_return("301", 2017, 1)));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("give the authority's DfE LA number (for example --la 301)"), std::string::npos) << r.out;
  EXPECT_EQ(state(), "0;");
}

TEST_F(ImportSsda903, RefusesAnUnknownYearOption) {
  LensRun r = import("--la 301 --year 17 " + folder("x", sample_looked_after_return("301", 2017, 1)));
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("2016-17 or 2017"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace lens
