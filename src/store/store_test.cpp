// The store contract (store.hpp), run against every backend: one parameterised suite, so a
// backend passes exactly the same tests as the others.
#include "store/store.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include "store/migrations.hpp"
#include "support/sample_census.hpp"
#include "support/sample_looked_after.hpp"
#include "support/test_postgres.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;
using testing::sample_census;

// A backend opens a store for a test: `dir` is the test's own folder, and a database named
// from `name` is the test's own on the PostgreSQL cluster.
struct Backend {
  std::string name;
  std::function<std::unique_ptr<Store>(const std::string& dir, const std::string& name)> open;
  bool needs_database = false;
};

std::vector<Backend> backends() {
  return {{"sqlite",
           [](const std::string& dir, const std::string&) {
             return open_sqlite_store(dir + "/lens.db");
           }},
          {"postgres",
           [](const std::string&, const std::string& name) {
             return open_postgres_store(testing::postgres_url(name));
           },
           true}};
}

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("lens-store-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    db_name_ = "lens_store_" + std::to_string(std::hash<std::string>{}(test) % 1000000000);
    if (GetParam().needs_database)
      database_ = std::make_unique<testing::ScopedPostgresDatabase>(db_name_);
    store_ = open();
  }
  void TearDown() override {
    store_.reset();
    database_.reset();
    fs::remove_all(dir_);
  }
  std::unique_ptr<Store> open() { return GetParam().open(dir_, db_name_); }
  std::vector<Child> all(const std::string& la = "") {
    std::vector<Child> out;
    store_->for_each_child(la, [&](Child&& c) { out.push_back(std::move(c)); });
    return out;
  }
  static ImportSource source(const std::string& sha) { return {"census.xml", sha, "test"}; }

  std::string dir_, db_name_;
  std::unique_ptr<testing::ScopedPostgresDatabase> database_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, AppliesMigrationsOnOpenAndOnlyOnce) {
  EXPECT_EQ(store_->schema_version(), migrations().back().version);
  store_->import_census(sample_census("301", 2017), source("a"));
  store_.reset();
  store_ = open();
  EXPECT_EQ(store_->schema_version(), migrations().back().version);
  EXPECT_EQ(store_->count_children("301"), 3);
}

TEST_P(StoreTest, KeepsEveryFieldOfEveryRecord) {
  Census census = sample_census("301", 2017, 3);
  EXPECT_EQ(store_->import_census(census, source("a")), ImportOutcome::Imported);
  auto children = all();
  ASSERT_EQ(children.size(), 3u);
  for (std::size_t i = 0; i < children.size(); ++i) EXPECT_EQ(children[i], census.children[i]);
  auto one = store_->find_child("301", "C1000");
  ASSERT_TRUE(one);
  EXPECT_EQ(*one, census.children[0]);
  EXPECT_FALSE(store_->find_child("301", "C9999"));
  EXPECT_FALSE(store_->find_child("302", "C1000"));
  EXPECT_EQ(store_->census_header("301"), census.header);
}

TEST_P(StoreTest, ReimportingTheSameFileChangesNothing) {
  store_->import_census(sample_census("301", 2017), source("a"));
  EXPECT_EQ(store_->import_census(sample_census("301", 2017), source("a")),
            ImportOutcome::Unchanged);
  EXPECT_EQ(store_->imports().size(), 1u);
  EXPECT_EQ(store_->count_children(""), 3);
}

TEST_P(StoreTest, ACensusOfTheSameYearTakesThePlaceOfTheOneHeld) {
  store_->import_census(sample_census("301", 2017, 5), source("a"));
  store_->import_census(sample_census("302", 2017, 2), source("b"));
  // A corrected 2017 census for 301 holds C1000 and C1001 only. Of the others, C1003 and C1004
  // (full_child) each had an episode closed before 2016-17 (2015-06-01 to 2016-01-15), kept as
  // history, and one referred 2016-11-30, open, dropped: the corrected census would hold it.
  // C1002 (unborn_child) had only an episode open in 2016-17, and goes.
  Census resubmitted = sample_census("301", 2017, 2);
  EXPECT_EQ(store_->import_census(resubmitted, source("c")), ImportOutcome::Replaced);
  auto children = all("301");
  ASSERT_EQ(children.size(), 4u);
  EXPECT_EQ(children[0], resubmitted.children[0]);
  EXPECT_EQ(children[1], resubmitted.children[1]);
  EXPECT_EQ(children[2].la_child_id, "C1003");
  ASSERT_EQ(children[2].episodes.size(), 1u);
  EXPECT_EQ(children[2].episodes[0].closure, testing::day("2016-01-15"));
  EXPECT_EQ(children[3].la_child_id, "C1004");
  EXPECT_EQ(store_->count_children("302"), 2);  // the other authority is untouched
  EXPECT_EQ(store_->census_years("301"), std::vector<int>{2017});
  auto log = store_->imports();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].outcome, "replaced");
  EXPECT_EQ(log[0].sha256, "c");
  EXPECT_EQ(log[0].children, 2);
  EXPECT_EQ(log[2].outcome, "imported");
  EXPECT_EQ(store_->authorities(), (std::vector<std::string>{"301", "302"}));
}

// Two years of LA 301, worked by hand. The 2017 census covers from 1 April 2016.
//  A: in 2016, referred 2015-05-01 and closed 2015-12-01 (history the 2017 census leaves out),
//     and referred 2016-02-01, open; in 2017 that episode again, closed 2016-08-01, and A's
//     gender recorded afresh (2). A keeps both episodes: the history and the 2017 copy.
//  B: in 2016 only, referred 2016-01-10 and open at 31 March 2016: the 2017 census would hold
//     it were it real, so it was removed, and B with it.
//  C: in 2016 only, referred 2015-06-01 and closed 2015-09-01: history, kept.
//  D: in 2017 only, referred 2016-06-01.
Child hand_child(const char* id, const char* gender) {
  Child c;
  c.la = "301";
  c.la_child_id = id;
  c.gender = gender;
  c.ethnicity = "WBRI";
  c.birth = testing::day("2012-01-01");
  return c;
}
Census hand_census(int year, std::vector<Child> children) {
  Census c = sample_census("301", year, 0);
  c.children = std::move(children);
  return c;
}
Census hand_2016() {
  Child a = hand_child("A", "1"), b = hand_child("B", "1"), c = hand_child("C", "2");
  a.episodes = {testing::census_episode("2015-05-01", "2015-12-01"), testing::census_episode("2016-02-01")};
  b.episodes = {testing::census_episode("2016-01-10")};
  c.episodes = {testing::census_episode("2015-06-01", "2015-09-01")};
  return hand_census(2016, {a, b, c});
}
Census hand_2017() {
  Child a = hand_child("A", "2"), d = hand_child("D", "1");
  a.episodes = {testing::census_episode("2016-02-01", "2016-08-01")};
  d.episodes = {testing::census_episode("2016-06-01")};
  return hand_census(2017, {a, d});
}
// Each child as id/gender: referral..closure, ...
std::string summary(const std::vector<Child>& children) {
  std::string out;
  for (const auto& c : children) {
    out += c.la_child_id + "/" + c.gender + ":";
    for (const auto& e : c.episodes)
      out += " " + e.referral.iso() + ".." + (e.closure ? e.closure->iso() : "");
    out += "; ";
  }
  return out;
}
const char* const kTwoYears =
    "A/2: 2015-05-01..2015-12-01 2016-02-01..2016-08-01; C/2: 2015-06-01..2015-09-01; "
    "D/1: 2016-06-01..; ";

TEST_P(StoreTest, ANewerCensusReplacesWhatItHoldsAndKeepsTheHistoryBeforeItsYear) {
  store_->import_census(sample_census("302", 2017, 2), source("other"));
  EXPECT_EQ(store_->import_census(hand_2016(), source("2016")), ImportOutcome::Imported);
  EXPECT_EQ(store_->import_census(hand_2017(), source("2017")), ImportOutcome::Imported);
  EXPECT_EQ(summary(all("301")), kTwoYears);
  EXPECT_FALSE(store_->find_child("301", "B"));  // removed within the 2017 year
  ASSERT_TRUE(store_->find_child("301", "C"));   // closed before it: history
  EXPECT_EQ(store_->census_header("301"), hand_2017().header);
  EXPECT_EQ(store_->census_years("301"), (std::vector<int>{2016, 2017}));
  EXPECT_EQ(store_->census_years("302"), std::vector<int>{2017});
  EXPECT_TRUE(store_->census_years("303").empty());
  EXPECT_EQ(store_->count_children("302"), 2);  // the other authority is untouched
  auto log = store_->imports();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].collection_year, 2017);
  EXPECT_EQ(log[0].outcome, "imported");
  EXPECT_EQ(log[0].children, 2);  // what the file held, not what the store now holds
}

TEST_P(StoreTest, AnOlderCensusAddsOnlyTheHistoryItAloneHolds) {
  EXPECT_EQ(store_->import_census(hand_2017(), source("2017")), ImportOutcome::Imported);
  EXPECT_EQ(store_->import_census(hand_2016(), source("2016")), ImportOutcome::Imported);
  // The same records as the years imported in order: A's 2017 copy and gender stand, A's and
  // C's history is added, B's open episode is not (the 2017 census does not hold it).
  EXPECT_EQ(summary(all("301")), kTwoYears);
  EXPECT_EQ(store_->census_header("301")->collection_year, 2017);  // the newest stays
  EXPECT_EQ(store_->census_years("301"), (std::vector<int>{2016, 2017}));
  // Either year again, as it was: nothing changes, nothing is logged.
  EXPECT_EQ(store_->import_census(hand_2016(), source("2016")), ImportOutcome::Unchanged);
  EXPECT_EQ(store_->import_census(hand_2017(), source("2017")), ImportOutcome::Unchanged);
  EXPECT_EQ(store_->imports().size(), 2u);
  EXPECT_EQ(summary(all("301")), kTwoYears);
}

TEST_P(StoreTest, AFailedImportLeavesTheStoreAsItWas) {
  store_->import_census(hand_2016(), source("2016"));
  store_->import_census(hand_2017(), source("2017"));
  auto failing = [&](int year, const std::string& sha) {
    Census broken = sample_census("301", year, 4);
    broken.children[3].la_child_id = broken.children[0].la_child_id;  // breaks the primary key
    EXPECT_THROW(store_->import_census(broken, source(sha)), StoreError) << year;
    // The held records were already deleted and rewritten in the transaction when the key broke.
    EXPECT_EQ(summary(all("301")), kTwoYears) << year;
    EXPECT_EQ(store_->census_header("301"), hand_2017().header) << year;
    EXPECT_EQ(store_->census_years("301"), (std::vector<int>{2016, 2017})) << year;
    EXPECT_EQ(store_->imports().size(), 2u) << year;
  };
  failing(2018, "broken 2018");  // newer
  failing(2015, "broken 2015");  // older
  failing(2017, "broken 2017");  // the same year
  // The store still works afterwards.
  EXPECT_EQ(store_->import_census(sample_census("301", 2018, 1), source("2018")),
            ImportOutcome::Imported);
  EXPECT_EQ(store_->census_years("301"), (std::vector<int>{2016, 2017, 2018}));
}

// ---- children looked after (SSDA903) ----

using testing::sample_looked_after_return;

std::vector<LookedAfterChild> all_looked_after(Store& store, const std::string& la = "") {
  std::vector<LookedAfterChild> out;
  store.for_each_looked_after_child(la, [&](LookedAfterChild&& c) { out.push_back(std::move(c)); });
  return out;
}

TEST_P(StoreTest, LookedAfterKeepsEveryFieldOfEveryRecord) {
  LookedAfterReturn r = sample_looked_after_return("301", 2024, 3);  // 2024: social workers too
  EXPECT_EQ(store_->import_ssda903(r, source("a")), ImportOutcome::Imported);
  auto children = all_looked_after(*store_);
  ASSERT_EQ(children.size(), 3u);
  for (std::size_t i = 0; i < children.size(); ++i) EXPECT_EQ(children[i], r.children[i]);
  EXPECT_EQ(store_->find_looked_after_child("301", "C1002"), r.children[2]);
  EXPECT_FALSE(store_->find_looked_after_child("301", "C9999"));
  EXPECT_EQ(store_->count_looked_after_children("301"), 3);
  EXPECT_EQ(store_->ssda903_years("301"), (std::vector<int>{2024}));
  auto log = store_->ssda903_imports();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].collection_year, 2024);
  EXPECT_EQ(log[0].children, 3);
  EXPECT_EQ(log[0].episodes, 7);  // 3 + 1 + 3: two full children, one bare
  EXPECT_EQ(log[0].outcome, "imported");
}

TEST_P(StoreTest, LookedAfterYearsAreKeptAndMergedTheNewestWinning) {
  // 2016-17: one episode open at 31 March 2017. 2017-18: the same episode, closed, and the next.
  LookedAfterReturn y2017 = sample_looked_after_return("301", 2017, 0);
  y2017.children.push_back(testing::bare_looked_after_child("301", "C1", 2017));
  LookedAfterReturn y2018 = sample_looked_after_return("301", 2018, 0);
  LookedAfterChild c = testing::bare_looked_after_child("301", "C1", 2017);
  c.years = {2018};
  c.upn = "A123456789012";
  c.episodes[0].end = testing::lac_day("2017-06-01");
  c.episodes[0].reason_ceased = "X1";
  c.episodes.push_back({testing::lac_day("2017-06-01"), "P", "V2", "N8", "U6", "PR4", std::nullopt,
                        "", "", "", "", ""});
  y2018.children.push_back(c);
  // The newer year first: last year's return imported afterwards adds to it.
  EXPECT_EQ(store_->import_ssda903(y2018, source("b")), ImportOutcome::Imported);
  EXPECT_EQ(store_->import_ssda903(y2017, source("a")), ImportOutcome::Imported);
  EXPECT_EQ(store_->ssda903_years("301"), (std::vector<int>{2017, 2018}));
  auto merged = store_->find_looked_after_child("301", "C1");
  ASSERT_TRUE(merged);
  EXPECT_EQ(merged->years, (std::vector<int>{2017, 2018}));
  EXPECT_EQ(merged->upn, "A123456789012");
  ASSERT_EQ(merged->episodes.size(), 2u);  // the episode both years hold is one episode
  EXPECT_EQ(merged->episodes[0].end, testing::lac_day("2017-06-01"));
  EXPECT_EQ(store_->count_looked_after_children(""), 1);
}

TEST_P(StoreTest, LookedAfterReimportingTheSameYearChangesNothing) {
  store_->import_ssda903(sample_looked_after_return("301", 2017), source("a"));
  EXPECT_EQ(store_->import_ssda903(sample_looked_after_return("301", 2017), source("a")),
            ImportOutcome::Unchanged);
  EXPECT_EQ(store_->ssda903_imports().size(), 1u);
  EXPECT_EQ(store_->count_looked_after_children("301"), 3);
}

TEST_P(StoreTest, LookedAfterANewSubmissionReplacesOnlyItsYearAndAuthority) {
  store_->import_ssda903(sample_looked_after_return("301", 2017, 3), source("a"));
  store_->import_ssda903(sample_looked_after_return("301", 2018, 2), source("b"));
  store_->import_ssda903(sample_looked_after_return("302", 2017, 2), source("c"));
  LookedAfterReturn resubmitted = sample_looked_after_return("301", 2017, 1);
  resubmitted.children[0].la_child_id = "NEW1";
  EXPECT_EQ(store_->import_ssda903(resubmitted, source("d")), ImportOutcome::Replaced);
  // 301: NEW1 (2017 only), C1000 and C1001 (2018 only); C1002 was only in the old 2017 return.
  auto children = all_looked_after(*store_, "301");
  ASSERT_EQ(children.size(), 3u);
  EXPECT_EQ(children[0].la_child_id, "C1000");
  EXPECT_EQ(children[0].years, (std::vector<int>{2018}));
  EXPECT_EQ(children[2].la_child_id, "NEW1");
  EXPECT_EQ(store_->count_looked_after_children("302"), 2);
  auto log = store_->ssda903_imports();
  ASSERT_EQ(log.size(), 4u);
  EXPECT_EQ(log[0].outcome, "replaced");
  EXPECT_EQ(log[0].sha256, "d");
  EXPECT_EQ(store_->authorities(), (std::vector<std::string>{"301", "302"}));
}

TEST_P(StoreTest, LookedAfterAFailedImportLeavesTheStoreAsItWas) {
  store_->import_ssda903(sample_looked_after_return("301", 2017, 2), source("a"));
  LookedAfterReturn broken = sample_looked_after_return("301", 2017, 4);
  broken.children[3].la_child_id = broken.children[0].la_child_id;  // breaks the primary key
  EXPECT_THROW(store_->import_ssda903(broken, source("b")), StoreError);
  EXPECT_EQ(all_looked_after(*store_).size(), 2u);
  EXPECT_EQ(store_->ssda903_imports().size(), 1u);
  EXPECT_THROW(store_->import_ssda903(LookedAfterReturn{}, source("c")), StoreError);
  EXPECT_EQ(store_->import_ssda903(sample_looked_after_return("301", 2017, 1), source("d")),
            ImportOutcome::Replaced);
}

TEST_P(StoreTest, ACinChildAndALookedAfterChildJoinOnAuthorityAndId) {
  store_->import_census(sample_census("301", 2017), source("census"));
  store_->import_ssda903(sample_looked_after_return("301", 2017, 1), source("903"));
  store_->import_ssda903(sample_looked_after_return("316", 2017, 1), source("903 other"));
  // C1000 is in both returns of LA 301: one child, one journey.
  EXPECT_TRUE(store_->find_child("301", "C1000"));
  EXPECT_TRUE(store_->find_looked_after_child("301", "C1000"));
  EXPECT_FALSE(store_->find_child("316", "C1000"));  // the same id elsewhere is another child
  EXPECT_TRUE(store_->find_looked_after_child("316", "C1000"));
  // An authority with only 903 records has records.
  EXPECT_EQ(store_->authorities(), (std::vector<std::string>{"301", "316"}));
  // Each return's history is its own.
  EXPECT_EQ(store_->imports().size(), 1u);
  EXPECT_EQ(store_->ssda903_imports().size(), 2u);
}

TEST_P(StoreTest, SearchFindsChildrenByEitherRecordAndShowsEachOnce) {
  // sample_census LA 301: C1000 and C1001 (UPN A123456789012, born 28 February 2010), C1002.
  // The 903 holds L9, looked after but never in the CIN census, in 2015-16 (UPN X777...) and
  // 2016-17 (UPN Z999...), born 28 February 2002, female; and C1000, born the same day as the
  // census says, under a UPN the census does not have (Y888...).
  store_->import_census(sample_census("301", 2017), source("census"));
  auto year = [](int y, const char* l9_upn) {
    LookedAfterReturn r;
    r.la = "301";
    r.collection_year = y;
    r.children.push_back(testing::full_looked_after_child("301", "L9", y));
    r.children.back().upn = l9_upn;
    r.children.push_back(testing::full_looked_after_child("301", "C1000", y));
    r.children.back().upn = "Y888888888888";
    r.children.back().birth = Date::parse("2010-02-28");
    return r;
  };
  store_->import_ssda903(year(2016, "X777777777777"), source("903 2016"));
  store_->import_ssda903(year(2017, "Z999999999999"), source("903 2017"));
  auto ids = [](const std::vector<ChildSummary>& v) {
    std::vector<std::string> out;
    for (const auto& c : v) out.push_back(c.la_child_id);
    return out;
  };
  // Found by the 903 alone, shown by its newest year: no CIN episodes, no referral.
  auto l9 = store_->search_children("l9", 10);
  ASSERT_EQ(ids(l9), std::vector<std::string>{"L9"});
  EXPECT_EQ(l9[0].la, "301");
  EXPECT_EQ(l9[0].upn, "Z999999999999");
  EXPECT_EQ(l9[0].birth, Date::parse("2002-02-28"));
  EXPECT_EQ(l9[0].gender, "2");
  EXPECT_EQ(l9[0].episodes, 0);
  EXPECT_FALSE(l9[0].latest_referral);
  // An older year's UPN finds the child, as a former UPN does; two years are one child.
  EXPECT_EQ(ids(store_->search_children("x777", 10)), std::vector<std::string>{"L9"});
  EXPECT_EQ(ids(store_->search_children("28/02/2002", 10)), std::vector<std::string>{"L9"});
  // A child in both is found by either record and shown once, by the CIN record.
  auto c1000 = store_->search_children("Y888", 10);
  ASSERT_EQ(ids(c1000), std::vector<std::string>{"C1000"});
  EXPECT_EQ(c1000[0].upn, "A123456789012");
  EXPECT_EQ(c1000[0].episodes, 2);
  EXPECT_EQ(ids(store_->search_children("c100", 10)),
            (std::vector<std::string>{"C1000", "C1001", "C1002"}));
  EXPECT_EQ(ids(store_->search_children("2010-02-28", 10)),
            (std::vector<std::string>{"C1000", "C1001"}));
  EXPECT_EQ(ids(store_->search_children("1", 2)), (std::vector<std::string>{"C1000", "C1001"}));
}

// A store written by the first released Lens (schema version 1: CIN records only) is upgraded
// in place when a newer Lens opens it: the later migrations run, and the records it held are
// still there, its census a year a newer census merges with. The version-1 database is made here from
// migration 1's own SQL and rows as version 1 wrote them, so the test keeps proving the path
// from the oldest store however many migrations follow.
TEST_P(StoreTest, AnOldStoreIsUpgradedKeepingItsRecords) {
  const bool postgres = GetParam().needs_database;
  const std::string v1_rows = R"sql(
INSERT INTO census_import (imported_at, file_name, sha256, la, collection_year, reference_date,
  children, episodes, imported_by, outcome)
  VALUES ('2024-04-02T09:00:00Z', 'census-2016.xml', 'old', '301', 2016, '2016-03-31', 1, 1, 'test', 'imported');
INSERT INTO census (la, import_id, collection_year, reference_date, software_code, release, serial_no, date_time)
  VALUES ('301', (SELECT max(id) FROM census_import), 2016, '2016-03-31', 'Case system', 'ver 3.1.21', '001', '2016-04-01T12:00:00');
INSERT INTO child (la, child_id, upn, former_upn, upn_unknown, birth_date, expected_birth_date, gender,
  death_date, ethnicity) VALUES ('301', 'OLD1', '', '', 'UN1', '2010-06-15', NULL, '1', NULL, 'WBRI');
INSERT INTO cin_episode (la, child_id, episode_seq, referral_date, referral_source, primary_need,
  closure_date, closure_reason, icpc_date, referral_nfa)
  VALUES ('301', 'OLD1', 1, '2015-11-02', '1A', 'N1', NULL, '', NULL, 0);
)sql";
  const std::string v1 = "CREATE TABLE schema_version (version INTEGER NOT NULL);\n" +
                         sql_for(migrations().front(), postgres) +
                         "\nINSERT INTO schema_version (version) VALUES (1);\n" + v1_rows;
  std::unique_ptr<testing::ScopedPostgresDatabase> old_database;
  std::function<std::unique_ptr<Store>()> open_old;
  if (postgres) {
    old_database = std::make_unique<testing::ScopedPostgresDatabase>(db_name_ + "_v1");
    PGconn* c = PQconnectdb(old_database->url().c_str());
    PGresult* r = PQexec(c, ("BEGIN;\n" + v1 + "\nCOMMIT;").c_str());
    ASSERT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(c);
    open_old = [&] { return open_postgres_store(old_database->url()); };
  } else {
    const std::string path = dir_ + "/v1.db";
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db, v1.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_close(db);
    open_old = [path] { return open_sqlite_store(path); };
  }

  auto upgraded = open_old();
  EXPECT_EQ(upgraded->schema_version(), migrations().back().version);
  auto child = upgraded->find_child("301", "OLD1");
  ASSERT_TRUE(child);
  ASSERT_EQ(child->episodes.size(), 1u);
  EXPECT_EQ(child->episodes[0].referral.iso(), "2015-11-02");
  EXPECT_EQ(upgraded->imports().size(), 1u);
  EXPECT_TRUE(upgraded->ssda903_imports().empty());  // a table of a later migration, now there
  // Upgraded once: opening again changes nothing, and the store takes a newer census as usual.
  upgraded.reset();
  upgraded = open_old();
  EXPECT_EQ(upgraded->schema_version(), migrations().back().version);
  // The 2016 census it held is a year merged in; OLD1's 2016 episode, still open, is not in the
  // 2017 census, so it was removed.
  EXPECT_EQ(upgraded->census_years("301"), std::vector<int>{2016});
  EXPECT_EQ(upgraded->import_census(sample_census("301", 2017), source("new")), ImportOutcome::Imported);
  EXPECT_FALSE(upgraded->find_child("301", "OLD1"));
  EXPECT_EQ(upgraded->count_children("301"), 3);
  EXPECT_EQ(upgraded->census_years("301"), (std::vector<int>{2016, 2017}));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(backends()),
                         [](const auto& info) { return info.param.name; });

TEST(SqliteStore, RefusesAFileThatIsNotAStore) {
  auto path = (fs::temp_directory_path() / "lens-not-a-store.db").string();
  std::ofstream(path) << "this is not an SQLite database, just some text that is long enough";
  EXPECT_THROW(open_sqlite_store(path), StoreError);
  fs::remove(path);
}

TEST(SqliteStore, RefusesAStoreFromANewerLens) {
  auto path = (fs::temp_directory_path() / "lens-newer.db").string();
  fs::remove(path);
  open_sqlite_store(path)->schema_version();
  {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "INSERT INTO schema_version VALUES (9999)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  try {
    open_sqlite_store(path);
    FAIL();
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("upgrade lens"), std::string::npos);
  }
  fs::remove(path);
}

}  // namespace
}  // namespace lens
