// The store contract (store.hpp), run against every backend: one parameterised suite, so a
// backend passes exactly the same tests as the others.
#include "store/store.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <unistd.h>

#include "store/migrations.hpp"
#include "support/sample_census.hpp"
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

TEST_P(StoreTest, ANewerCensusReplacesTheAuthoritysRecords) {
  store_->import_census(sample_census("301", 2017, 5), source("a"));
  store_->import_census(sample_census("302", 2017, 2), source("b"));
  Census newer = sample_census("301", 2018, 1);
  newer.children[0].la_child_id = "NEW1";
  EXPECT_EQ(store_->import_census(newer, source("c")), ImportOutcome::Replaced);
  auto children = all("301");
  ASSERT_EQ(children.size(), 1u);
  EXPECT_EQ(children[0].la_child_id, "NEW1");
  EXPECT_EQ(store_->count_children("302"), 2);  // the other authority is untouched
  EXPECT_EQ(store_->census_header("301")->collection_year, 2018);
  auto log = store_->imports();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].outcome, "replaced");
  EXPECT_EQ(log[0].sha256, "c");
  EXPECT_EQ(log[0].children, 1);
  EXPECT_EQ(log[2].outcome, "imported");
  EXPECT_EQ(store_->authorities(), (std::vector<std::string>{"301", "302"}));
}

TEST_P(StoreTest, AnOlderCensusIsRefusedAndChangesNothing) {
  store_->import_census(sample_census("301", 2018, 2), source("a"));
  try {
    store_->import_census(sample_census("301", 2017, 4), source("b"));
    FAIL() << "an older census was accepted";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("newer than this 2017 census"), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(store_->count_children("301"), 2);
  EXPECT_EQ(store_->imports().size(), 1u);
}

TEST_P(StoreTest, AFailedImportLeavesTheStoreAsItWas) {
  store_->import_census(sample_census("301", 2017, 2), source("a"));
  Census broken = sample_census("301", 2018, 4);
  broken.children[3].la_child_id = broken.children[0].la_child_id;  // breaks the primary key
  EXPECT_THROW(store_->import_census(broken, source("b")), StoreError);
  auto children = all();
  ASSERT_EQ(children.size(), 2u);
  EXPECT_EQ(store_->census_header("301")->collection_year, 2017);
  EXPECT_EQ(store_->imports().size(), 1u);
  // The store still works afterwards.
  EXPECT_EQ(store_->import_census(sample_census("301", 2018, 1), source("c")),
            ImportOutcome::Replaced);
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
