// sql_connection.hpp — what the store needs from a SQL database, so that the store's logic
// (sql_store.cpp) is written once and each backend only says how to talk to its server.
//
// SQL is written with numbered parameters `?1, ?2, …` (SQLite's form; the PostgreSQL backend
// turns them into `$1, $2, …`). Values go in and out as text or NULL (journey_tables::Value);
// every value is bound, never spliced into SQL. Several queries may be open at once inside a
// transaction (the child reader merges nine scans). Errors throw StoreError.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "store/journey_tables.hpp"

namespace lens {

using SqlValue = journey_tables::Value;
using SqlRow = journey_tables::Row;

// An open query, positioned on its current row (journey_tables::Cursor).
using SqlRows = journey_tables::Cursor;

// Appends rows to one table as fast as the backend can: rows may be written as they are added
// (a prepared INSERT) or held until finish() (COPY, which allows one table at a time). The
// caller finishes writers in table order, parents first.
class BulkWriter {
 public:
  virtual ~BulkWriter() = default;
  virtual void add(const SqlRow& row) = 0;
  virtual void finish() = 0;  // must be called before the transaction commits
};

class SqlConnection {
 public:
  enum class Dialect { Sqlite, Postgres };
  virtual ~SqlConnection() = default;

  virtual Dialect dialect() const = 0;
  virtual std::string describe() const = 0;  // for messages: the file or the server

  virtual void exec_script(std::string_view sql) = 0;  // no parameters, several statements
  virtual void run(std::string_view sql, const SqlRow& params = {}) = 0;
  virtual std::unique_ptr<SqlRows> query(std::string_view sql, const SqlRow& params = {}) = 0;
  // Runs an INSERT and returns the new row's generated `id`.
  virtual std::int64_t insert_returning_id(std::string_view sql, const SqlRow& params) = 0;
  virtual std::unique_ptr<BulkWriter> bulk_insert(const journey_tables::TableSpec& table) = 0;

  // Write transactions serialise writers; read transactions give one consistent snapshot.
  virtual void begin(bool write) = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  // Inside a write transaction: waits until no other process is migrating or importing the
  // same key (an authority), so concurrent writers never interleave.
  virtual void lock(std::string_view key) = 0;
};

// Commits on commit(), rolls back on every other way out of scope.
class SqlTransaction {
 public:
  SqlTransaction(SqlConnection& c, bool write) : c_(c) { c_.begin(write); }
  ~SqlTransaction() {
    if (!done_) c_.rollback();
  }
  void commit() {
    c_.commit();
    done_ = true;
  }

 private:
  SqlConnection& c_;
  bool done_ = false;
};

}  // namespace lens
