// `lens generate` end to end: the built binary writes files (or a store) a user can rely on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/store.hpp"
#include "support/run_lens.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;
using testing::LensRun;
using testing::run_lens;
using testing::Stderr;

class GenerateCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lens-generate-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::map<std::string, std::string> files(const std::string& sub) const {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir_ / sub)) out[e.path().filename().string()] = read(e.path());
    return out;
  }
  fs::path dir_;
};

TEST_F(GenerateCommand, ListsTheProfiles) {
  LensRun r = run_lens("generate --list-profiles");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* name : {"barking-dagenham-2016-17", "barking-dagenham-2019-20", "redbridge-2012-13",
                           "barnet-2016-17", "england", "england-by-authority"})
    EXPECT_NE(r.out.find(name), std::string::npos) << name;
  EXPECT_NE(r.out.find("301 Barking and Dagenham"), std::string::npos);
}

TEST_F(GenerateCommand, SameSeedSameFilesDifferentSeedDifferentFiles) {
  const std::string common = " --profile barking-dagenham-2016-17 --years 2015-16..2016-17";
  ASSERT_EQ(run_lens("generate --out " + (dir_ / "a").string() + common).exit_code, 0);
  ASSERT_EQ(run_lens("generate --jobs 2 --out " + (dir_ / "b").string() + common).exit_code, 0);
  ASSERT_EQ(run_lens("generate --seed 9 --out " + (dir_ / "c").string() + common).exit_code, 0);
  auto a = files("a"), b = files("b"), c = files("c");
  // A census and a people file a year, named by LA and period.
  EXPECT_EQ(a.size(), 4u);
  EXPECT_TRUE(a.count("cin_census_301_2016-17.xml"));
  EXPECT_TRUE(a.count("people_301_2015-16.csv"));
  EXPECT_EQ(a, b);
  EXPECT_NE(a.at("cin_census_301_2016-17.xml"), c.at("cin_census_301_2016-17.xml"));
  // The census passes Lens's own checks.
  LensRun v = run_lens("validate " + (dir_ / "a" / "cin_census_301_2016-17.xml").string());
  EXPECT_EQ(v.exit_code, 0) << v.out;
}

TEST_F(GenerateCommand, FaultsAreListedBesideTheFileAndFoundByValidate) {
  LensRun r = run_lens("generate --out " + dir_.string() +
                       " --la 317 --population 20000 --years 2016-17 --faults invalid-code=4,duplicate-child=1",
                       Stderr::Merge);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  std::string list = read(dir_ / "faults_317_2016-17.csv");
  EXPECT_EQ(std::count(list.begin(), list.end(), '\n'), 6);  // header and five faults
  LensRun v = run_lens("validate --format csv " + (dir_ / "cin_census_317_2016-17.xml").string());
  EXPECT_EQ(v.exit_code, 1);
}

TEST_F(GenerateCommand, WritesIntoAStore) {
  const std::string db = (dir_ / "lens.db").string();
  LensRun r = run_lens("generate --db " + db + " --profile barnet-2016-17 --years 2015-16..2016-17",
                       Stderr::Merge);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto store = open_sqlite_store(db);
  // Each census replaces the authority's records (store.hpp): the 2016-17 one is what is kept.
  ASSERT_TRUE(store->census_header("302"));
  EXPECT_EQ(store->census_header("302")->collection_year, 2017);
  EXPECT_EQ(store->imports().size(), 2u);
  EXPECT_GT(store->count_children("302"), 1000);
}

TEST_F(GenerateCommand, ShowsProgressOnStderr) {
  LensRun r = run_lens("generate --out " + dir_.string() + " --la 301,302 --years 2016-17 --jobs 1",
                       Stderr::Merge);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("generating 2 authorities, 1 year (2016-17): 1/2 Barking and Dagenham"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2/2 Barnet"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("generated 2 census files"), std::string::npos) << r.out;
}

TEST_F(GenerateCommand, BadOptionsSayWhatIsWrong) {
  auto error = [&](const std::string& args) {
    LensRun r = run_lens("generate " + args, Stderr::Merge);
    EXPECT_EQ(r.exit_code, 2) << args;
    return r.out;
  };
  const std::string out = " --out " + dir_.string();
  EXPECT_NE(error("--profile england").find("give one of --out DIR"), std::string::npos);
  EXPECT_NE(error("--years 2016-18" + out).find("--years: '2016-18' is not a period"), std::string::npos);
  EXPECT_NE(error("--la 999" + out).find("999 is not the DfE number"), std::string::npos);
  EXPECT_NE(error("--format ssda903" + out).find("only cin is generated so far"), std::string::npos);
  EXPECT_NE(error("--faults typos=1" + out).find("'typos' is not a kind of fault"), std::string::npos);
  EXPECT_NE(error("--db x.db --faults invalid-code=1").find("a store only takes clean censuses"),
            std::string::npos);
}

}  // namespace
}  // namespace lens
