// sqlite_db.hpp — a thin RAII layer over the SQLite C API: a connection, prepared statements
// with bound parameters, and a transaction guard that rolls back unless committed.
//
// Every failure throws StoreError with SQLite's message and the file name. Values are bound,
// never spliced into SQL. Not thread-safe: one Db per thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace lens::sqlite {

class Db;

class Statement {
 public:
  Statement(Db& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int i, std::string_view text);
  Statement& bind(int i, std::int64_t value);
  Statement& bind(int i, int value) { return bind(i, static_cast<std::int64_t>(value)); }
  Statement& bind(int i, const OptDate& date);  // ISO text, or NULL
  Statement& bind_null(int i);

  bool step();  // true while a row is available
  void run();   // steps to completion, then resets for reuse
  void reset();

  bool is_null(int col) const;
  std::string text(int col) const;
  std::int64_t integer(int col) const;
  OptDate date(int col) const;  // NULL gives nullopt

 private:
  Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Db {
 public:
  explicit Db(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(std::string_view sql);  // for statements without parameters
  [[noreturn]] void fail(std::string_view what) const;
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

class Transaction {
 public:
  enum Kind { Read, Write };
  // Write: BEGIN IMMEDIATE, taking the write lock up front. Read: BEGIN, so that several
  // statements see one snapshot of the store.
  explicit Transaction(Db& db, Kind kind = Write);
  ~Transaction();                // rolls back if commit() was not reached
  void commit();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace lens::sqlite
