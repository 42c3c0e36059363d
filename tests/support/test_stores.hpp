// test_stores.hpp — a store of each backend for one test: its own folder (SQLite) or its own
// database on the throw-away PostgreSQL cluster, removed afterwards. Use with
// INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::Values("sqlite", "postgres")).
#pragma once

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "store/store.hpp"
#include "support/test_postgres.hpp"

namespace lens::testing {

class TestStoreBase : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::string suite = ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name();
    std::size_t h = std::hash<std::string>{}(suite + "." + test) % 1000000000;
    dir_ = (std::filesystem::temp_directory_path() /
            ("lens-test-" + std::to_string(::getpid()) + "-" + std::to_string(h)))
               .string();
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_name_ = "lens_t_" + std::to_string(h);
    if (postgres()) database_ = std::make_unique<ScopedPostgresDatabase>(db_name_);
    store_ = open();
  }
  void TearDown() override {
    store_.reset();
    database_.reset();
    std::filesystem::remove_all(dir_);
  }
  bool postgres() const { return GetParam() == "postgres"; }
  std::string sqlite_path() const { return dir_ + "/lens.db"; }
  std::unique_ptr<Store> open() const {
    return postgres() ? open_postgres_store(postgres_url(db_name_)) : open_sqlite_store(sqlite_path());
  }
  // Runs SQL on the store's database behind Lens's back, as someone with access to it could.
  void raw_sql(const std::string& sqlite_sql, const std::string& postgres_sql) {
    store_.reset();
    std::string error;
    if (postgres()) {
      PGconn* c = PQconnectdb(postgres_url(db_name_).c_str());
      PGresult* r = PQexec(c, postgres_sql.c_str());
      if (PQresultStatus(r) != PGRES_COMMAND_OK) error = PQresultErrorMessage(r);
      PQclear(r);
      PQfinish(c);
    } else {
      sqlite3* db = nullptr;
      sqlite3_open(sqlite_path().c_str(), &db);
      char* err = nullptr;
      if (sqlite3_exec(db, sqlite_sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK)
        error = err ? err : "failed";
      sqlite3_free(err);
      sqlite3_close(db);
    }
    store_ = open();
    last_raw_sql_error_ = error;
  }

  std::string dir_, db_name_, last_raw_sql_error_;
  std::unique_ptr<ScopedPostgresDatabase> database_;
  std::unique_ptr<Store> store_;
};

}  // namespace lens::testing
