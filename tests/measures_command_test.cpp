// `lens measures` end to end: a store written here, the binary run on it, its output read back.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "measures/testing.hpp"
#include "store/store.hpp"
#include "support/test_postgres.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;
using namespace lens::measures::testing;

struct Output {
  int code;
  std::string out;
};

Output lens(const std::string& args) {
  std::string command = std::string(LENS_BINARY) + " " + args + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  int status = ::pclose(pipe);
  return {WEXITSTATUS(status), out};
}

class MeasuresCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lens-measures-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "lens.db").string();
    // Barking and Dagenham's 2017 census, three referrals in 2016-17:
    //  A 2016-05-10 re-referred (A had one 2016-01-10, within 12 months), NFA;
    //  B 2016-09-01, first referral, assessed in 10 working days;
    //  C 2017-03-31, first referral.
    // So referrals 3, re-referrals 1 of 3 = 33.3%, NFA 1 of 3; referrals per 10,000: the mid-2016
    // estimate for Barking and Dagenham is 62,338 children, 3 / 62,338 x 10,000 = 0.48 -> 0.5.
    Census census;
    census.header.la = "301";
    census.header.collection_year = 2017;
    census.header.reference_date = d("2017-03-31");
    Child a = child("A", "2008-01-01", "301");
    referral(a, "2016-01-10");
    referral(a, "2016-05-10").nfa = true;
    Child b = child("B", "2012-01-01", "301");
    // Thu 2016-09-01 -> Thu 2016-09-15: 10 working days.
    assessment(referral(b, "2016-09-01"), "2016-09-01", "2016-09-15");
    Child c = child("C", "2015-01-01", "301");
    referral(c, "2017-03-31");
    census.children = {a, b, c};
    open_sqlite_store(db_)->import_census(census, {"census-2017.xml", "0", "test"});
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string db_;
};

TEST_F(MeasuresCommand, JsonFollowsTheContract) {
  Output r = lens("measures --db " + db_ + " --period 2016-17 --format json");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["area"]["name"], "Barking and Dagenham");
  EXPECT_EQ(j["period"]["start"], "2016-04-01");
  EXPECT_EQ(j["period"]["end"], "2017-03-31");
  auto indicator = [&](const std::string& id) {
    for (const auto& i : j["indicators"])
      if (i["id"] == id) return i;
    ADD_FAILURE() << "no " << id;
    return nlohmann::json();
  };
  EXPECT_EQ(indicator("referrals")["value"], 3);
  EXPECT_EQ(indicator("referrals")["unit"], "count");
  EXPECT_TRUE(indicator("referrals")["denominator"].is_null());
  auto rr = indicator("re_referrals_12m_pct");
  EXPECT_EQ(rr["numerator"], 1);
  EXPECT_EQ(rr["denominator"], 3);
  EXPECT_DOUBLE_EQ(rr["value"].get<double>(), 33.3);
  // Benchmarked against the DfE's published 2016-17 figures.
  EXPECT_DOUBLE_EQ(rr["comparators"]["england"]["value"].get<double>(), 21.9);
  EXPECT_DOUBLE_EQ(rr["comparators"]["published"]["value"].get<double>(), 13.7);
  EXPECT_TRUE(rr["comparators"].contains("statistical_neighbours"));
  auto rate = indicator("referrals_rate");
  EXPECT_EQ(rate["denominator"], 62338);
  EXPECT_DOUBLE_EQ(rate["value"].get<double>(), 0.5);
  // The 2017 census starts on 2016-04-01: last year is not shown as a fall to nothing.
  EXPECT_TRUE(indicator("referrals")["last"].is_null());
  EXPECT_FALSE(j["notes"].empty());
  // A breakdown that is the indicator's point is always there, every category listed.
  EXPECT_EQ(indicator("referrals_by_source")["breakdown"]["source"].size(), 23u);
}

TEST_F(MeasuresCommand, ChoosesIndicatorsAndBreakdowns) {
  Output r = lens("measures --db " + db_ + " --period 2016-17 --format json --la 'Barking & Dagenham'"
               " --indicator referrals --indicator assessment_mean_wd --by age_band");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["indicators"].size(), 2u);
  auto mean = j["indicators"][1];
  EXPECT_EQ(mean["id"], "assessment_mean_wd");
  EXPECT_DOUBLE_EQ(mean["value"].get<double>(), 10.0);
  EXPECT_DOUBLE_EQ(mean["median"].get<double>(), 10.0);
  // On the referral dates: A 8 (5-9), B 4 (1-4), C 2 (1-4).
  auto bands = j["indicators"][0]["breakdown"]["age_band"];
  EXPECT_EQ(bands[2]["code"], "1_4");
  EXPECT_EQ(bands[2]["value"], 2);
  EXPECT_EQ(bands[3]["value"], 1);
}

TEST_F(MeasuresCommand, TableAndCsvForPeopleAndTools) {
  Output table = lens("measures --db " + db_ + " --period 2016-17 --indicator re_referrals_12m_pct");
  ASSERT_EQ(table.code, 0) << table.out;
  EXPECT_NE(table.out.find("Barking and Dagenham, 2016-17"), std::string::npos);
  EXPECT_NE(table.out.find("33.3%"), std::string::npos);
  EXPECT_NE(table.out.find("21.9%"), std::string::npos);  // England
  Output csv = lens("measures --db " + db_ + " --period 2016-17 --format csv --indicator referrals_nfa_pct");
  ASSERT_EQ(csv.code, 0) << csv.out;
  EXPECT_NE(csv.out.find("referrals_nfa_pct,Referrals with no further action,pct,none,,,,33.3,1,3"),
            std::string::npos)
      << csv.out;
}

TEST_F(MeasuresCommand, WritesAWorkbook) {
  std::string out = (dir_ / "measures.xlsx").string();
  Output r = lens("measures --db " + db_ + " --period 2016-17 --format xlsx --out " + out + " --by gender");
  ASSERT_EQ(r.code, 0) << r.out;
  std::ifstream f(out, std::ios::binary);
  char magic[2] = {};
  f.read(magic, 2);
  EXPECT_EQ(std::string(magic, 2), "PK");  // a zip, as .xlsx files are
}

TEST_F(MeasuresCommand, TargetsGiveRagAndExceptions) {
  std::string targets = (dir_ / "targets.csv").string();
  // Re-referrals 33.3% against a target of 18 with tolerance 3: red.
  std::ofstream(targets) << "indicator_id,target,tolerance,source\nre_referrals_12m_pct,18,3,test\n";
  Output r = lens("measures --db " + db_ + " --period 2016-17 --format json --targets " + targets);
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& e : j["exceptions"])
    if (e["id"] == "re_referrals_12m_pct") found = true;
  EXPECT_TRUE(found);
  for (const auto& i : j["indicators"]) {
    if (i["id"] == "re_referrals_12m_pct") {
      EXPECT_EQ(i["rag"], "red");
    }
  }
}

TEST_F(MeasuresCommand, SaysWhatIsWrong) {
  Output la = lens("measures --db " + db_ + " --period 2016-17 --la Narnia");
  EXPECT_EQ(la.code, 2);
  EXPECT_NE(la.out.find("unknown local authority 'Narnia'"), std::string::npos) << la.out;
  Output other = lens("measures --db " + db_ + " --period 2016-17 --la 318");
  EXPECT_EQ(other.code, 2);
  EXPECT_NE(other.out.find("no records for Richmond upon Thames (318)"), std::string::npos) << other.out;
  Output xlsx = lens("measures --db " + db_ + " --period 2016-17 --format xlsx");
  EXPECT_EQ(xlsx.code, 2);
  EXPECT_NE(xlsx.out.find("--out"), std::string::npos);
  Output data = lens("measures --db " + db_ + " --period 2016-17 --data-dir " + (dir_ / "nothing").string());
  EXPECT_EQ(data.code, 2);
  EXPECT_NE(data.out.find("data file not found"), std::string::npos) << data.out;
  Output by = lens("measures --db " + db_ + " --period 2016-17 --by colour");
  EXPECT_EQ(by.code, 2);
  EXPECT_NE(by.out.find("unknown breakdown 'colour'"), std::string::npos);
}

TEST(MeasuresFromPostgres, ReadsTheStoreOnAPostgresServer) {
  // The same three referrals as above, imported into PostgreSQL: 1 of 3 re-referred.
  testing::ScopedPostgresDatabase db("lens_measures_command");
  Census census;
  census.header.la = "301";
  census.header.collection_year = 2017;
  census.header.reference_date = d("2017-03-31");
  Child a = child("A", "2008-01-01", "301");
  referral(a, "2016-01-10");
  referral(a, "2016-05-10");
  Child b = child("B", "2012-01-01", "301");
  referral(b, "2016-09-01");
  Child c = child("C", "2015-01-01", "301");
  referral(c, "2017-03-31");
  census.children = {a, b, c};
  open_postgres_store(db.url())->import_census(census, {"census-2017.xml", "0", "test"});
  Output r = lens("measures --postgres '" + db.url() + "' --period 2016-17 --format json --indicator re_referrals_12m_pct");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["indicators"][0]["numerator"], 1);
  EXPECT_EQ(j["indicators"][0]["denominator"], 3);
}

TEST_F(MeasuresCommand, ReadsLookedAfterChildrenFromTheStore) {
  // The periods_and_placements case's 2016-17 903 tables, imported beside the census: 8 children
  // looked after at 2017-03-31, 9 periods of care started (its expected.json); the census's
  // referrals are unchanged.
  const std::string tables = std::string(LENS_SOURCE_DIR) + "/tests/cases/measures_lac/periods_and_placements";
  Output imported = lens("import --db " + db_ + " --la 301 --year 2016-17 " + tables);
  ASSERT_EQ(imported.code, 0) << imported.out;
  Output r = lens("measures --db " + db_ + " --period 2016-17 --format json --indicator referrals"
               " --indicator lac_at_end --indicator lac_started --by uasc");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["indicators"].size(), 3u);
  EXPECT_EQ(j["indicators"][0]["value"], 3);
  EXPECT_EQ(j["indicators"][1]["id"], "lac_at_end");
  EXPECT_EQ(j["indicators"][1]["value"], 8);
  EXPECT_EQ(j["indicators"][1]["breakdown"]["uasc"][0]["value"], 1);
  // Benchmarked against the DfE's published 2016-17 figure for Barking and Dagenham (LAIT LACnum).
  EXPECT_EQ(j["indicators"][1]["comparators"]["published"]["value"], 408);
  EXPECT_EQ(j["indicators"][2]["value"], 9);
}

TEST(MeasuresFromFiles, ReadsSsda903TablesDirectly) {
  // A folder of 903 tables with --la for the authority they do not name. No census is given, so
  // the CIN indicators have no figure (and say why) rather than a zero.
  const std::string tables = std::string(LENS_SOURCE_DIR) + "/tests/cases/measures_lac/periods_and_placements";
  Output r = lens("measures " + tables + " --la 301 --period 2016-17 --format json --indicator referrals"
               " --indicator lac_at_end --indicator lac_3plus_placements_pct");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));  // after the reader's note on the year
  EXPECT_TRUE(j["indicators"][0]["value"].is_null());
  EXPECT_NE(j["indicators"][0]["notes"][0].get<std::string>().find("no CIN census"), std::string::npos);
  EXPECT_EQ(j["indicators"][1]["value"], 8);
  EXPECT_EQ(j["indicators"][2]["numerator"], 4);
  EXPECT_EQ(j["indicators"][2]["denominator"], 8);

  // With the census of another case beside them, both returns count for the one authority.
  const std::string census = std::string(LENS_SOURCE_DIR) + "/tests/cases/measures/re_referrals/census.xml";
  Output both = lens("measures " + census + " " + tables + " --la 301 --period 2016-17 --format json"
                  " --indicator referrals --indicator lac_at_end");
  ASSERT_EQ(both.code, 0) << both.out;
  j = nlohmann::json::parse(both.out.substr(both.out.find('{')));
  EXPECT_EQ(j["indicators"][0]["value"], 8);
  EXPECT_EQ(j["indicators"][1]["value"], 8);

  // 903 tables with errors are refused like a census with errors.
  const std::string bad = std::string(LENS_SOURCE_DIR) + "/tests/cases/ssda903_intake/bad_dates_and_codes/input";
  Output refused = lens("measures " + bad + " --la 301 --period 2016-17");
  EXPECT_EQ(refused.code, 1) << refused.out;
  EXPECT_NE(refused.out.find("nothing was computed"), std::string::npos) << refused.out;
}

TEST(MeasuresFromPostgres, ReadsLookedAfterChildren) {
  // One child looked after from 2016-06-01 under section 20, another whose care ended
  // 2016-12-01: 1 looked after at 2017-03-31, 2 periods of care started in 2016-17.
  testing::ScopedPostgresDatabase db("lens_measures_command_lac");
  LookedAfterReturn ret;
  ret.la = "301";
  ret.collection_year = 2017;
  LookedAfterChild a = looked_after("A", "2010-01-01", "301");
  episode(a, "2016-06-01", nullptr, "S", "V2", "U6");
  LookedAfterChild b = looked_after("B", "2011-01-01", "301");
  episode(b, "2016-07-01", "2016-12-01", "S", "C1", "U4", "E4A");
  a.years = b.years = {2017};
  ret.children = {a, b};
  open_postgres_store(db.url())->import_ssda903(ret, {"903-2017", "0", "test"});
  Output r = lens("measures --postgres '" + db.url() +
                  "' --period 2016-17 --format json --indicator lac_at_end --indicator lac_started");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["indicators"][0]["value"], 1);
  EXPECT_EQ(j["indicators"][1]["value"], 2);
}

TEST(MeasuresFromFiles, ReadsCensusFilesDirectly) {
  // The re_referrals case: 8 referrals in 2016-17, 2 of them re-referrals (its expected.json).
  const std::string census = std::string(LENS_SOURCE_DIR) + "/tests/cases/measures/re_referrals/census.xml";
  Output r = lens("measures " + census + " --period 2016-17 --format json --indicator re_referrals_12m_pct");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["area"]["la_codes"][0], "301");
  EXPECT_EQ(j["indicators"][0]["numerator"], 2);
  EXPECT_EQ(j["indicators"][0]["denominator"], 8);
}

TEST(MeasuresFromFiles, RefusesFilesWithErrors) {
  const std::string cases = std::string(LENS_SOURCE_DIR) + "/tests/cases/cin_intake/";
  Output bad = lens("measures " + cases + "impossible_date/census.xml --period 2016-17");
  EXPECT_EQ(bad.code, 1) << bad.out;
  EXPECT_NE(bad.out.find("nothing was computed"), std::string::npos) << bad.out;
  Output unreadable = lens("measures " + cases + "truncated/census.xml --period 2016-17");
  EXPECT_EQ(unreadable.code, 2) << unreadable.out;
  Output both = lens("measures --db x.db " + cases + "clean_small/census.xml --period 2016-17");
  EXPECT_EQ(both.code, 2);
  EXPECT_NE(both.out.find("not both"), std::string::npos) << both.out;
}

}  // namespace
}  // namespace lens
