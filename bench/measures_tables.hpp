// measures_tables.hpp — the benchmark's synthetic children as plain relational tables, for the
// SQL engines Lens is compared with (bench/sql/measures.sql): to an SQLite database, or to CSV
// files that DuckDB loads. Dates are day numbers; a missing date is NULL (an empty CSV field).
// Also the results in one canonical form — (indicator, category) -> sums of numerators and
// denominators over every authority-year — so Lens, SQLite and DuckDB can be checked to agree.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "core/working_day_calendar.hpp"
#include "measures/dimension.hpp"
#include "measures/engine.hpp"
#include "measures_data.hpp"

namespace lens::bench {

using Field = std::variant<std::monostate, std::int64_t, std::string>;

struct Table {
  const char* name;
  std::vector<std::pair<const char*, const char*>> columns;  // name, SQL type
};

inline const std::vector<Table>& tables() {
  static const std::vector<Table> t = {
      {"episodes", {{"episode", "INTEGER"}, {"child", "INTEGER"}, {"la", "TEXT"}, {"referral", "INTEGER"},
                    {"closure", "INTEGER"}, {"source", "TEXT"}, {"need", "TEXT"}, {"reason", "TEXT"}, {"nfa", "INTEGER"}}},
      {"assessments", {{"assessment", "INTEGER"}, {"episode", "INTEGER"}, {"child", "INTEGER"}, {"la", "TEXT"},
                       {"start", "INTEGER"}, {"authorised", "INTEGER"}}},
      {"factors", {{"assessment", "INTEGER"}, {"code", "TEXT"}}},
      {"s47", {{"episode", "INTEGER"}, {"child", "INTEGER"}, {"la", "TEXT"}, {"start", "INTEGER"}, {"icpc", "INTEGER"},
               {"not_required", "INTEGER"}}},
      {"plans", {{"plan", "INTEGER"}, {"episode", "INTEGER"}, {"child", "INTEGER"}, {"la", "TEXT"}, {"start", "INTEGER"},
                 {"ended", "INTEGER"}, {"initial", "TEXT"}, {"latest", "TEXT"}, {"previous", "INTEGER"}}},
      {"reviews", {{"plan", "INTEGER"}, {"review", "INTEGER"}}},
      {"calendar", {{"day", "INTEGER"}, {"wd", "INTEGER"}, {"fy", "INTEGER"}, {"plus3m", "INTEGER"}, {"plus6m", "INTEGER"},
                    {"minus12m", "INTEGER"}, {"plus2y", "INTEGER"}}},
      {"periods", {{"fy", "INTEGER"}, {"start_day", "INTEGER"}, {"end_day", "INTEGER"}}},
      {"population", {{"la", "TEXT"}, {"fy", "INTEGER"}, {"children", "INTEGER"}}},
      {"source_groups", {{"source", "TEXT"}, {"grp", "TEXT"}}},
  };
  return t;
}

inline std::string schema_sql() {
  std::string sql;
  for (const auto& t : tables()) {
    sql += std::string("CREATE TABLE ") + t.name + " (";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      sql += std::string(i ? ", " : "") + t.columns[i].first + " " + t.columns[i].second;
    sql += ");\n";
  }
  sql += "CREATE TABLE scope (la TEXT, fy INTEGER);\n";
  sql += "CREATE TABLE results (indicator TEXT, la TEXT, fy INTEGER, category TEXT, numerator BIGINT, denominator BIGINT);\n";
  return sql;
}

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void row(std::size_t table, const std::vector<Field>& fields) = 0;
};

inline Field day(const OptDate& d) { return d ? Field(std::int64_t{d->days()}) : Field(); }

// Every table's rows for the children of `spec`.
inline void write_tables(const Synthetic& spec, Sink& sink) {
  std::int64_t child = 0, episode = 0, assessment = 0, plan = 0;
  generate(spec, [&](Child&& c) {
    ++child;
    for (const auto& e : c.episodes) {
      ++episode;
      sink.row(0, {episode, child, c.la, std::int64_t{e.referral.days()}, day(e.closure), e.source, e.primary_need,
                   e.closure_reason.empty() ? Field() : Field(e.closure_reason), std::int64_t{e.nfa}});
      for (const auto& a : e.assessments) {
        ++assessment;
        sink.row(1, {assessment, episode, child, c.la, std::int64_t{a.start.days()}, day(a.authorised)});
        for (const auto& f : a.factors) sink.row(2, {assessment, f});
      }
      for (const auto& s : e.section47s)
        sink.row(3, {episode, child, c.la, std::int64_t{s.start.days()}, day(s.icpc), std::int64_t{s.icpc_not_required}});
      for (const auto& p : e.cp_plans) {
        ++plan;
        sink.row(4, {plan, episode, child, c.la, std::int64_t{p.start.days()}, day(p.end), p.initial_category,
                     p.latest_category, std::int64_t{p.previous_plans}});
        for (const auto& r : p.reviews) sink.row(5, {plan, std::int64_t{r.days()}});
      }
    }
  });
  const auto& cal = WorkingDayCalendar::england_and_wales();
  for (Date d = cal.first(); d <= cal.last(); d = d + 1) {
    const int fy = d.month() >= 4 ? d.year() : d.year() - 1;
    sink.row(6, {std::int64_t{d.days()}, std::int64_t{cal.working_days_between(cal.first(), d)}, std::int64_t{fy},
                 std::int64_t{add_months(d, 3).days()}, std::int64_t{add_months(d, 6).days()},
                 std::int64_t{add_months(d, -12).days()}, std::int64_t{add_years(d, 2).days()}});
  }
  for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
    auto p = measures::financial_year(y);
    sink.row(7, {std::int64_t{y}, std::int64_t{p.start.days()}, std::int64_t{p.end.days()}});
  }
  const auto pop = synthetic_population(spec.authorities);
  for (int a = 0; a < spec.authorities; ++a)
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y)
      sink.row(8, {authority_code(a), std::int64_t{y}, *pop.children(authority_code(a), y)});
  auto sources = measures::categories(measures::Dim::Source);
  for (std::size_t i = 0; i + 1 < sources.size(); ++i) {
    auto group = measures::categories(measures::Dim::SourceGroup)[measures::source_group_of(static_cast<std::uint8_t>(i))];
    sink.row(9, {std::string(sources[i].code), std::string(group.code)});
  }
}

class CsvSink : public Sink {
 public:
  explicit CsvSink(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    for (const auto& t : tables()) {
      files_.emplace_back(dir / (std::string(t.name) + ".csv"));
      for (std::size_t i = 0; i < t.columns.size(); ++i) files_.back() << (i ? "," : "") << t.columns[i].first;
      files_.back() << '\n';
    }
    std::ofstream(dir / "schema.sql") << schema_sql();
  }
  void row(std::size_t table, const std::vector<Field>& fields) override {
    auto& out = files_[table];
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) out << ',';
      if (auto* n = std::get_if<std::int64_t>(&fields[i])) out << *n;
      if (auto* s = std::get_if<std::string>(&fields[i])) out << *s;  // codes: no commas or quotes
    }
    out << '\n';
  }

 private:
  std::vector<std::ofstream> files_;
};

class SqliteDb {
 public:
  SqliteDb() {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw std::runtime_error("sqlite3_open");
    exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-1000000;");
    exec(schema_sql());
  }
  ~SqliteDb() { sqlite3_close(db_); }
  void exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "?";
      sqlite3_free(error);
      throw std::runtime_error("sqlite: " + message);
    }
  }
  sqlite3* handle() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

class SqliteSink : public Sink {
 public:
  explicit SqliteSink(SqliteDb& db) : db_(db) {
    db_.exec("BEGIN");
    for (const auto& t : tables()) {
      std::string sql = std::string("INSERT INTO ") + t.name + " VALUES (";
      for (std::size_t i = 0; i < t.columns.size(); ++i) sql += i ? ",?" : "?";
      sql += ")";
      sqlite3_stmt* st = nullptr;
      sqlite3_prepare_v2(db_.handle(), sql.c_str(), -1, &st, nullptr);
      statements_.push_back(st);
    }
  }
  ~SqliteSink() override {
    for (auto* st : statements_) sqlite3_finalize(st);
  }
  void row(std::size_t table, const std::vector<Field>& fields) override {
    sqlite3_stmt* st = statements_[table];
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const int k = static_cast<int>(i) + 1;
      if (auto* n = std::get_if<std::int64_t>(&fields[i]))
        sqlite3_bind_int64(st, k, *n);
      else if (auto* s = std::get_if<std::string>(&fields[i]))
        sqlite3_bind_text(st, k, s->c_str(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
      else
        sqlite3_bind_null(st, k);
    }
    sqlite3_step(st);
    sqlite3_reset(st);
  }
  // Commits and adds the indexes an SQLite user would add for these queries.
  void finish() {
    db_.exec("COMMIT");
    db_.exec(
        "CREATE INDEX episodes_la ON episodes(la); CREATE INDEX assessments_la ON assessments(la);"
        "CREATE INDEX assessments_episode ON assessments(episode); CREATE INDEX factors_assessment ON factors(assessment);"
        "CREATE INDEX s47_la ON s47(la); CREATE INDEX plans_la ON plans(la); CREATE INDEX plans_child ON plans(child, start);"
        "CREATE INDEX reviews_plan ON reviews(plan); CREATE UNIQUE INDEX calendar_day ON calendar(day);"
        "CREATE INDEX population_la ON population(la, fy); ANALYZE;");
  }

 private:
  SqliteDb& db_;
  std::vector<sqlite3_stmt*> statements_;
};

// (indicator, category) -> {numerator, denominator, rows}, summed over authority-years; rows
// whose numerator is 0 are left out (an SQL GROUP BY has no row where there is nothing).
using Checksums = std::map<std::pair<std::string, std::string>, std::array<std::int64_t, 3>>;

inline void add(Checksums& c, const std::string& id, const std::string& category, std::int64_t n, std::int64_t d) {
  if (n == 0) return;
  auto& x = c[{id, category}];
  x[0] += n;
  x[1] += d;
  x[2] += 1;
}

inline void add(Checksums& c, const std::vector<measures::Result>& results) {
  for (const auto& r : results) {
    const std::string id(r.indicator->id);
    add(c, id, "", r.figure.numerator, r.figure.denominator.value_or(0));
    for (const auto& b : r.breakdowns)
      for (const auto& row : b.rows)
        add(c, id, std::string(measures::dim_name(b.dim)) + ":" + std::string(row.code), row.figure.numerator, 0);
  }
}

inline Checksums sqlite_checksums(SqliteDb& db) {
  Checksums c;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db.handle(),
                     "SELECT indicator, category, numerator, COALESCE(denominator, 0) FROM results WHERE numerator <> 0",
                     -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string category = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    // Lens counts' breakdown rows carry the headline as denominator; SQL leaves it NULL.
    add(c, reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), category, sqlite3_column_int64(st, 2),
        category.empty() ? sqlite3_column_int64(st, 3) : 0);
  }
  sqlite3_finalize(st);
  return c;
}

inline std::string describe(const Checksums& want, const Checksums& got) {
  std::string out;
  for (const auto& [key, w] : want) {
    auto it = got.find(key);
    if (it == got.end() || it->second != w)
      out += key.first + " " + key.second + ": Lens " + std::to_string(w[0]) + "/" + std::to_string(w[1]) + " SQL " +
             (it == got.end() ? "none" : std::to_string(it->second[0]) + "/" + std::to_string(it->second[1])) + "\n";
  }
  for (const auto& [key, g] : got)
    if (!want.count(key)) out += key.first + " " + key.second + ": only in SQL\n";
  return out;
}

inline void write_checksums(const Checksums& c, const std::filesystem::path& file) {
  std::ofstream out(file);
  out << "indicator,category,numerator,denominator,rows\n";
  for (const auto& [key, v] : c) out << key.first << ',' << key.second << ',' << v[0] << ',' << v[1] << ',' << v[2] << '\n';
}

}  // namespace lens::bench
