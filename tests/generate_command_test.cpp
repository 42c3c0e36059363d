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
  // Every file under `sub`, by its path below it ("ssda903_301_2016-17/episodes.csv").
  std::map<std::string, std::string> files(const std::string& sub) const {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir_ / sub))
      if (e.is_regular_file()) out[fs::relative(e.path(), dir_ / sub).string()] = read(e.path());
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
  // The census passes Lens's own structural checks (the reader's: findings without a rule code).
  // The DfE rules that `lens validate` also runs expect each census to hold only the year's
  // activity, where Lens's censuses carry the children's history (README): not checked here.
  LensRun v = run_lens("validate --format csv " + (dir_ / "a" / "cin_census_301_2016-17.xml").string());
  EXPECT_EQ(v.out.find("\n,error"), std::string::npos) << v.out.substr(0, 2000);
}

TEST_F(GenerateCommand, Ssda903TablesAreTheSameWhateverTheJobsAndValidateAndImportClean) {
  const std::string common = " --format all --la 301,302 --years 2015-16..2016-17";
  ASSERT_EQ(run_lens("generate --jobs 1 --out " + (dir_ / "a").string() + common).exit_code, 0);
  ASSERT_EQ(run_lens("generate --jobs 2 --out " + (dir_ / "b").string() + common).exit_code, 0);
  auto a = files("a");
  // Per authority and year: a census, a people file and a folder of the 903's ten tables.
  EXPECT_EQ(a.size(), 2u * 2u * (2u + 10u));
  for (const char* table : {"header", "episodes", "reviews", "uasc", "oc2", "oc3", "ad1", "placed_for_adoption",
                            "previous_permanence", "missing"})
    EXPECT_TRUE(a.count(std::string("ssda903_301_2016-17/") + table + ".csv")) << table;
  EXPECT_EQ(a, files("b"));
  // The 903 of 2016-17, with last year's beside it, passes the structural checks and every DfE
  // rule `lens validate` runs (exit 0: no errors), and imports.
  const std::string now = (dir_ / "a" / "ssda903_301_2016-17").string(),
                    last = (dir_ / "a" / "ssda903_301_2015-16").string();
  LensRun v = run_lens("validate --la 301 " + now + " " + last);
  EXPECT_EQ(v.exit_code, 0) << v.out.substr(0, 3000);
  EXPECT_NE(v.out.find("with last year's tables"), std::string::npos) << v.out.substr(0, 500);
  const std::string db = (dir_ / "lens.db").string();
  LensRun i = run_lens("import --db " + db + " --la 301 " + now + " " + last, Stderr::Merge);
  EXPECT_EQ(i.exit_code, 0) << i.out;
  auto store = open_sqlite_store(db);
  EXPECT_EQ(store->ssda903_years("301"), (std::vector<int>{2016, 2017}));
  EXPECT_GT(store->count_looked_after_children("301"), 300);
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
  // A store gets the 903 returns too, one a year, and their children are the census's.
  EXPECT_EQ(store->ssda903_years("302"), (std::vector<int>{2016, 2017}));
  std::vector<std::string> ids;
  store->for_each_looked_after_child("302", [&](LookedAfterChild&& c) { ids.push_back(c.la_child_id); });
  std::int64_t joined = 0;
  for (const auto& id : ids) joined += store->find_child("302", id).has_value();
  EXPECT_GT(ids.size(), 300u);
  // Not all: care leavers of 18 to 21, and children whose time in care ended before 2016-17,
  // are in no census the store keeps (the 2016-17 one).
  EXPECT_GT(joined, static_cast<std::int64_t>(ids.size()) / 2) << joined << " of " << ids.size();
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
  LensRun both = run_lens("generate --out " + dir_.string() + " --la 301 --years 2016-17 --format cin,ssda903",
                          Stderr::Merge);
  EXPECT_NE(both.out.find("generated 1 census file ("), std::string::npos) << both.out;
  EXPECT_NE(both.out.find(" and 1 SSDA903 return ("), std::string::npos) << both.out;
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
  EXPECT_NE(error("--format ssd" + out).find("--format ssd: Lens generates cin (the CIN census), ssda903"),
            std::string::npos);
  EXPECT_NE(error("--la 301 --format ssda903 --faults invalid-code=1" + out).find("add cin to --format"),
            std::string::npos);
  EXPECT_NE(error("--faults typos=1" + out).find("'typos' is not a kind of fault"), std::string::npos);
  EXPECT_NE(error("--db x.db --faults invalid-code=1").find("a store only takes clean censuses"),
            std::string::npos);
}

}  // namespace
}  // namespace lens
