// The PostgreSQL backend (libpq). The store's logic is in sql_store.cpp; this file says how to
// talk to a PostgreSQL server: `?N` parameters become `$N`, open queries are server-side
// cursors fetched in batches (so nine scans can be open at once, and a large authority is never
// held in memory), bulk writes use COPY, and writers take transaction-scoped advisory locks.
#include <libpq-fe.h>

#include <memory>

#include "store/sql_store.hpp"

namespace lens {
namespace {

constexpr int kFetchRows = 2000;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// `?1` -> `$1`, outside quoted strings.
std::string to_dollar_params(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  bool quoted = false;
  for (char ch : sql) {
    if (ch == '\'') quoted = !quoted;
    out += (ch == '?' && !quoted) ? '$' : ch;
  }
  return out;
}

class PgConnection;

// A server-side cursor fetched in batches, or (outside a transaction, where cursors cannot
// live) a query's whole result at once.
class Cursor final : public SqlRows {
 public:
  Cursor(PgConnection& c, std::string name) : c_(c), name_(std::move(name)) { fetch(); }
  Cursor(PgConnection& c, Result whole) : c_(c), result_(std::move(whole)) {
    rows_ = PQntuples(result_.get());
  }
  bool valid() const override { return row_ < rows_; }
  SqlValue get(int column) const override {
    if (PQgetisnull(result_.get(), row_, column)) return std::nullopt;
    return SqlValue(std::in_place, PQgetvalue(result_.get(), row_, column),
                    static_cast<std::size_t>(PQgetlength(result_.get(), row_, column)));
  }
  void next() override {
    if (++row_ >= rows_ && rows_ == kFetchRows && !name_.empty()) fetch();
  }

 private:
  void fetch();
  PgConnection& c_;
  std::string name_;
  Result result_;
  int row_ = 0, rows_ = 0;
};

class PgConnection final : public SqlConnection {
 public:
  explicit PgConnection(const std::string& url) : url_(url) {
    conn_ = PQconnectdb(url.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn_);
      PQfinish(conn_);
      conn_ = nullptr;
      throw StoreError("cannot connect to PostgreSQL at " + redacted() + ": " + trim(msg) +
                       " (check the URL, that the server is running, and the password)");
    }
    exec_script("SET datestyle = 'ISO, YMD'; SET client_min_messages = warning");
  }
  ~PgConnection() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::Postgres; }
  std::string describe() const override { return redacted(); }

  void exec_script(std::string_view sql) override {
    check(Result(PQexec(conn_, std::string(sql).c_str())), "running SQL");
  }

  Result exec(std::string_view sql, const SqlRow& params) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    std::string text = to_dollar_params(sql);
    return check(Result(PQexecParams(conn_, text.c_str(), static_cast<int>(values.size()),
                                     nullptr, values.data(), nullptr, nullptr, 0)),
                 "running SQL");
  }

  void run(std::string_view sql, const SqlRow& params) override { exec(sql, params); }

  std::unique_ptr<SqlRows> query(std::string_view sql, const SqlRow& params) override {
    if (PQtransactionStatus(conn_) == PQTRANS_IDLE)
      return std::make_unique<Cursor>(*this, exec(sql, params));
    std::string name = "lens_cursor_" + std::to_string(++cursors_);
    exec("DECLARE " + name + " NO SCROLL CURSOR FOR " + std::string(sql), params);
    return std::make_unique<Cursor>(*this, name);
  }

  std::int64_t insert_returning_id(std::string_view sql, const SqlRow& params) override {
    Result r = exec(std::string(sql) + " RETURNING id", params);
    return std::stoll(PQgetvalue(r.get(), 0, 0));
  }

  std::unique_ptr<BulkWriter> bulk_insert(const journey_tables::TableSpec& table) override;

  // Cursors need a transaction; a read-only one at REPEATABLE READ sees one snapshot.
  void begin(bool write) override {
    exec_script(write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }
  void commit() override { exec_script("COMMIT"); }
  void rollback() noexcept override { PQclear(PQexec(conn_, "ROLLBACK")); }
  void lock(std::string_view key) override {
    exec("SELECT pg_advisory_xact_lock(hashtext(?1))", {std::string(key)});
  }

  Result check(Result r, const char* what) {
    auto status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN)
      throw StoreError("PostgreSQL " + redacted() + ": " + what + ": " +
                       trim(PQresultErrorMessage(r.get())));
    return r;
  }
  PGconn* handle() { return conn_; }

 private:
  static std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  }
  // The URL without its password, for messages.
  std::string redacted() const {
    std::string u = url_;
    auto at = u.find('@'), scheme = u.find("://");
    if (at != std::string::npos && scheme != std::string::npos) {
      auto colon = u.find(':', scheme + 3);
      if (colon != std::string::npos && colon < at) u.replace(colon, at - colon, ":***");
    }
    return u;
  }

  std::string url_;
  PGconn* conn_ = nullptr;
  int cursors_ = 0;
};

void Cursor::fetch() {
  result_ = c_.exec("FETCH " + std::to_string(kFetchRows) + " FROM " + name_, {});
  rows_ = PQntuples(result_.get());
  row_ = 0;
}

// Rows are kept as COPY text until finish(): only one COPY can be open on a connection.
class Copier final : public BulkWriter {
 public:
  Copier(PgConnection& c, const journey_tables::TableSpec& table) : c_(c) {
    sql_ = std::string("COPY ") + table.name + " (";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      sql_ += (i ? ", " : "") + std::string(table.columns[i]);
    sql_ += ") FROM STDIN";
  }
  void add(const SqlRow& row) override {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) data_ += '\t';
      if (!row[i]) {
        data_ += "\\N";
        continue;
      }
      for (char ch : *row[i]) switch (ch) {
          case '\\': data_ += "\\\\"; break;
          case '\t': data_ += "\\t"; break;
          case '\n': data_ += "\\n"; break;
          case '\r': data_ += "\\r"; break;
          default: data_ += ch;
        }
    }
    data_ += '\n';
  }
  void finish() override {
    if (data_.empty()) return;
    c_.check(Result(PQexec(c_.handle(), sql_.c_str())), "starting COPY");
    if (PQputCopyData(c_.handle(), data_.data(), static_cast<int>(data_.size())) != 1 ||
        PQputCopyEnd(c_.handle(), nullptr) != 1)
      throw StoreError(std::string("PostgreSQL: sending COPY data: ") + PQerrorMessage(c_.handle()));
    c_.check(Result(PQgetResult(c_.handle())), "finishing COPY");
    while (PGresult* extra = PQgetResult(c_.handle())) PQclear(extra);
    data_.clear();
  }

 private:
  PgConnection& c_;
  std::string sql_, data_;
};

std::unique_ptr<BulkWriter> PgConnection::bulk_insert(const journey_tables::TableSpec& table) {
  return std::make_unique<Copier>(*this, table);
}

}  // namespace

std::unique_ptr<Store> open_postgres_store(const std::string& url) {
  return make_sql_store(std::make_unique<PgConnection>(url));
}

}  // namespace lens
