// `lens import` end to end: the built binary against real files. Every malformed input gives
// a clear error, a non-zero exit, and leaves the store exactly as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "returns/cin/census_writer.hpp"
#include "store/store.hpp"
#include "support/run_lens.hpp"
#include "support/sample_census.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;

using testing::LensRun;

LensRun lens_import(const std::string& args) {
  return testing::run_lens("import " + args, testing::Stderr::Merge);
}

class ImportCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lens-import-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "lens.db").string();
    good_ = write("good.xml", census_xml(testing::sample_census("301", 2017, 3)));
    LensRun first = lens_import("--db " + db_ + " " + good_);
    ASSERT_EQ(first.exit_code, 0) << first.out;
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string census_xml(const Census& census) {
    std::ostringstream out;
    cin::write_census(census, out);
    return out.str();
  }
  std::string write(const std::string& name, const std::string& bytes) {
    auto path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  // What the store holds, as text, to compare before and after.
  std::string store_state() {
    auto store = open_sqlite_store(db_);
    std::ostringstream s;
    s << store->imports().size() << ";";
    store->for_each_child("", [&](Child&& c) {
      s << c.la << "/" << c.la_child_id << "/" << c.episodes.size() << ";";
    });
    return s.str();
  }
  // Imports a bad file into a store holding the good one, and checks nothing changed.
  void expect_refused(const std::string& path, const std::string& message, int code = 1) {
    std::string before = store_state();
    LensRun r = lens_import("--db " + db_ + " " + path);
    EXPECT_EQ(r.exit_code, code) << r.out;
    EXPECT_NE(r.out.find(message), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("nothing imported"), std::string::npos) << r.out;
    EXPECT_EQ(store_state(), before);
  }
  std::string replace(std::string xml, const std::string& from, const std::string& to) {
    auto at = xml.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return xml.replace(at, from.size(), to);
  }
  // A newer census for the same LA, so that a clean import would change what is held.
  std::string newer() { return census_xml(testing::sample_census("301", 2018, 4)); }

  fs::path dir_;
  std::string db_, good_;
};

TEST_F(ImportCommand, ImportsReimportsAndMergesYears) {
  LensRun again = lens_import("--db " + db_ + " " + good_);
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(store_state(), "1;301/C1000/2;301/C1001/2;301/C1002/1;");
  // 2018: the same three children, whose episodes it holds again, and C1003.
  LensRun newer_year = lens_import("--db " + db_ + " " + write("newer.xml", newer()));
  EXPECT_EQ(newer_year.exit_code, 0) << newer_year.out;
  EXPECT_NE(newer_year.out.find(": imported —"), std::string::npos) << newer_year.out;
  EXPECT_EQ(store_state(), "2;301/C1000/2;301/C1001/2;301/C1002/1;301/C1003/2;");
  // An older census is taken too: what it holds the store already has from 2018.
  std::string older = write("older.xml", census_xml(testing::sample_census("301", 2016, 2)));
  LensRun older_year = lens_import("--db " + db_ + " " + older);
  EXPECT_EQ(older_year.exit_code, 0) << older_year.out;
  EXPECT_NE(older_year.out.find(": imported —"), std::string::npos) << older_year.out;
  EXPECT_EQ(store_state(), "3;301/C1000/2;301/C1001/2;301/C1002/1;301/C1003/2;");
  EXPECT_NE(lens_import("--db " + db_ + " " + older).out.find("unchanged"), std::string::npos);
  // A corrected 2018 census with C1000 only takes the place of the one held: C1001 and C1003
  // keep the episode closed before 2017-18 (2015-06-01 to 2016-01-15) and lose the one open in
  // it (referred 2016-11-30); C1002's only episode (2017-01-10) was open in it.
  LensRun corrected = lens_import("--db " + db_ + " " +
                                  write("corrected.xml", census_xml(testing::sample_census("301", 2018, 1))));
  EXPECT_EQ(corrected.exit_code, 0) << corrected.out;
  EXPECT_NE(corrected.out.find("replacing"), std::string::npos) << corrected.out;
  EXPECT_EQ(store_state(), "4;301/C1000/2;301/C1001/1;301/C1003/1;");
}

TEST_F(ImportCommand, RefusesTruncatedXml) {
  std::string xml = newer();
  expect_refused(write("truncated.xml", xml.substr(0, xml.size() / 2)), "truncated.xml:", 2);
}

TEST_F(ImportCommand, RefusesAnImpossibleDate) {
  std::string xml = replace(newer(), "<CPPstartDate>2015-06-20", "<CPPstartDate>2019-02-30");
  expect_refused(write("bad-date.xml", xml), "2019-02-30");
}

TEST_F(ImportCommand, RefusesAnUnknownCode) {
  std::string xml = replace(newer(), "<ReferralSource>5A<", "<ReferralSource>5Z<");
  expect_refused(write("bad-code.xml", xml), "5Z");
}

TEST_F(ImportCommand, RefusesAMissingRequiredElement) {
  std::string xml = replace(newer(), "<GenderCurrent>2</GenderCurrent>", "");
  expect_refused(write("missing.xml", xml), "GenderCurrent");
}

TEST_F(ImportCommand, RefusesALargeFileOfRandomBytes) {
  std::mt19937 rng(42);
  std::string bytes(4 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  expect_refused(write("random.bin", bytes), "random.bin", 2);
}

TEST_F(ImportCommand, RefusesAMissingFile) {
  expect_refused((dir_ / "no-such-file.xml").string(), "cannot open", 2);
}

TEST_F(ImportCommand, ImportsTheGoodFilesOfABatchAndRefusesTheBadOne) {
  std::string bad = write("bad.xml", replace(census_xml(testing::sample_census("302", 2017, 2)),
                                             "<CINreferralDate>2015-06-01",
                                             "<CINreferralDate>2015-13-01"));
  std::string other = write("other.xml", census_xml(testing::sample_census("303", 2017, 2)));
  LensRun r = lens_import("--db " + db_ + " " + bad + " " + other);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  auto store = open_sqlite_store(db_);
  EXPECT_EQ(store->authorities(), (std::vector<std::string>{"301", "303"}));
}

}  // namespace
}  // namespace lens
