// The SQLite backend: one file, WAL journal, foreign keys on, synchronous=FULL so that a
// committed import survives a power cut. The store's logic is in sql_store.cpp; this file only
// says how to talk to SQLite.
#include <memory>

#include "store/sql_store.hpp"
#include "store/sqlite/sqlite_db.hpp"

namespace lens {
namespace {

using sqlite::Db;
using sqlite::Statement;

void bind_all(Statement& st, const SqlRow& params) {
  for (std::size_t i = 0; i < params.size(); ++i)
    params[i] ? st.bind(static_cast<int>(i + 1), std::string_view(*params[i]))
              : st.bind_null(static_cast<int>(i + 1));
}

class Rows final : public SqlRows {
 public:
  Rows(Db& db, std::string_view sql, const SqlRow& params) : st_(db, sql) {
    bind_all(st_, params);
    valid_ = st_.step();
  }
  bool valid() const override { return valid_; }
  SqlValue get(int column) const override {
    return st_.is_null(column) ? std::nullopt : SqlValue(st_.text(column));
  }
  void next() override { valid_ = st_.step(); }

 private:
  Statement st_;
  bool valid_ = false;
};

class Inserter final : public BulkWriter {
 public:
  Inserter(Db& db, const journey_tables::TableSpec& table) : st_(db, insert_sql(table)) {}
  void add(const SqlRow& row) override {
    bind_all(st_, row);
    st_.run();
  }
  void finish() override {}

 private:
  static std::string insert_sql(const journey_tables::TableSpec& table) {
    std::string sql = std::string("INSERT INTO ") + table.name + " (", values;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      sql += (i ? ", " : "") + std::string(table.columns[i]);
      values += (i ? ", ?" : "?") + std::to_string(i + 1);
    }
    return sql + ") VALUES (" + values + ")";
  }
  Statement st_;
};

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(const std::string& path) : db_(path) {
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA foreign_keys = ON");
    db_.exec("PRAGMA synchronous = FULL");
  }
  Dialect dialect() const override { return Dialect::Sqlite; }
  std::string describe() const override { return db_.path(); }
  void exec_script(std::string_view sql) override { db_.exec(sql); }
  void run(std::string_view sql, const SqlRow& params) override {
    Statement st(db_, sql);
    bind_all(st, params);
    st.run();
  }
  std::unique_ptr<SqlRows> query(std::string_view sql, const SqlRow& params) override {
    return std::make_unique<Rows>(db_, sql, params);
  }
  std::int64_t insert_returning_id(std::string_view sql, const SqlRow& params) override {
    run(sql, params);
    return sqlite3_last_insert_rowid(db_.handle());
  }
  std::unique_ptr<BulkWriter> bulk_insert(const journey_tables::TableSpec& table) override {
    return std::make_unique<Inserter>(db_, table);
  }
  void begin(bool write) override { db_.exec(write ? "BEGIN IMMEDIATE" : "BEGIN"); }
  void commit() override { db_.exec("COMMIT"); }
  void rollback() noexcept override {
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
  // BEGIN IMMEDIATE already holds the database's only write lock.
  void lock(std::string_view) override {}

 private:
  Db db_;
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) {
  return make_sql_store(std::make_unique<SqliteConnection>(path));
}

}  // namespace lens
