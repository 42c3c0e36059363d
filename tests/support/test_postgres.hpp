// test_postgres.hpp — a fresh PostgreSQL database per test, on the throw-away cluster that
// scripts/with-postgres starts (its URL in LENS_TEST_POSTGRES; `make test` runs every test
// under it). Without that variable the tests that need PostgreSQL fail, saying how to run them.
#pragma once

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace lens::testing {

inline std::string postgres_admin_url() {
  const char* url = std::getenv("LENS_TEST_POSTGRES");
  if (!url || !*url)
    throw std::runtime_error(
        "LENS_TEST_POSTGRES is not set: run the tests through scripts/with-postgres "
        "(make test does)");
  return url;
}

inline void postgres_admin(const std::string& sql) {
  PGconn* c = PQconnectdb(postgres_admin_url().c_str());
  PGresult* r = PQexec(c, sql.c_str());
  std::string error = PQresultStatus(r) == PGRES_COMMAND_OK ? "" : PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(c);
  if (!error.empty()) throw std::runtime_error(sql + ": " + error);
}

// The URL of database `name` on the test cluster.
inline std::string postgres_url(const std::string& name) {
  std::string url = postgres_admin_url();
  return url.substr(0, url.rfind('/') + 1) + name;
}

// Creates database `name` (dropping any left from an earlier run) and drops it at the end.
class ScopedPostgresDatabase {
 public:
  explicit ScopedPostgresDatabase(std::string name) : name_(std::move(name)) {
    postgres_admin("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    postgres_admin("CREATE DATABASE " + name_);
  }
  ~ScopedPostgresDatabase() {
    try {
      postgres_admin("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {
    }
  }
  std::string url() const { return postgres_url(name_); }

 private:
  std::string name_;
};

}  // namespace lens::testing
