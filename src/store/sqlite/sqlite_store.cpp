// The SQLite store: one file, WAL journal, foreign keys on, synchronous=FULL so a committed
// import survives a power cut. See store.hpp for the contract and migrations.hpp for the schema.
#include <memory>

#include "core/timestamp.hpp"
#include "store/journey_tables.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/store.hpp"

namespace lens {
namespace {

using sqlite::Db;
using sqlite::Statement;
using sqlite::Transaction;


class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const std::string& path) : db_(path) {
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA foreign_keys = ON");
    db_.exec("PRAGMA synchronous = FULL");
    migrate();
  }

  int schema_version() const override { return version_; }

  ImportOutcome import_census(const Census& census, const ImportSource& source) override {
    const auto& h = census.header;
    Transaction tx(db_);
    bool replacing = false;
    {
      Statement current(db_,
                        "SELECT i.sha256, c.collection_year, c.reference_date FROM census c "
                        "JOIN census_import i ON i.id = c.import_id WHERE c.la = ?1");
      current.bind(1, h.la);
      if (current.step()) {
        if (current.text(0) == source.sha256) return ImportOutcome::Unchanged;
        int stored_year = static_cast<int>(current.integer(1));
        OptDate stored_ref = current.date(2);
        if (h.collection_year < stored_year ||
            (h.collection_year == stored_year && stored_ref && h.reference_date &&
             *h.reference_date < *stored_ref))
          throw StoreError(source.file_name + ": the store already holds the " +
                           std::to_string(stored_year) + " census for LA " + h.la +
                           ", which is newer than this " + std::to_string(h.collection_year) +
                           " census; nothing was imported");
        replacing = true;
      }
    }
    if (replacing)  // children's tables first, so no foreign key is ever left dangling
      for (int t = journey_tables::kTableCount - 1; t >= 0; --t) {
        Statement del(db_, std::string("DELETE FROM ") +
                               journey_tables::spec(static_cast<journey_tables::Table>(t)).name +
                               " WHERE la = ?1");
        del.bind(1, h.la).run();
      }

    std::int64_t episodes = 0;
    for (const auto& c : census.children) episodes += static_cast<std::int64_t>(c.episodes.size());
    Statement log(db_,
                  "INSERT INTO census_import (imported_at, file_name, sha256, la, collection_year, "
                  "reference_date, children, episodes, imported_by, outcome) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    log.bind(1, utc_timestamp_now())
        .bind(2, source.file_name)
        .bind(3, source.sha256)
        .bind(4, h.la)
        .bind(5, h.collection_year)
        .bind(6, h.reference_date)
        .bind(7, static_cast<std::int64_t>(census.children.size()))
        .bind(8, episodes)
        .bind(9, source.imported_by)
        .bind(10, std::string_view(replacing ? "replaced" : "imported"))
        .run();
    std::int64_t import_id = sqlite3_last_insert_rowid(db_.handle());

    Statement header(db_,
                     "INSERT INTO census (la, import_id, collection_year, reference_date, "
                     "software_code, release, serial_no, date_time) VALUES (?1, ?2, ?3, ?4, ?5, "
                     "?6, ?7, ?8) ON CONFLICT (la) DO UPDATE SET import_id = excluded.import_id, "
                     "collection_year = excluded.collection_year, reference_date = "
                     "excluded.reference_date, software_code = excluded.software_code, release = "
                     "excluded.release, serial_no = excluded.serial_no, date_time = "
                     "excluded.date_time");
    header.bind(1, h.la)
        .bind(2, import_id)
        .bind(3, h.collection_year)
        .bind(4, h.reference_date)
        .bind(5, h.software_code)
        .bind(6, h.release)
        .bind(7, h.serial_no)
        .bind(8, h.date_time)
        .run();

    write_children(h.la, census.children);
    tx.commit();
    return replacing ? ImportOutcome::Replaced : ImportOutcome::Imported;
  }

  std::vector<ImportRecord> imports() const override {
    Statement q(db_,
                "SELECT id, imported_at, file_name, sha256, la, collection_year, reference_date, "
                "children, episodes, imported_by, outcome FROM census_import ORDER BY id DESC");
    std::vector<ImportRecord> out;
    while (q.step())
      out.push_back({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4),
                     static_cast<int>(q.integer(5)), q.date(6), q.integer(7), q.integer(8),
                     q.text(9), q.text(10)});
    return out;
  }

  std::vector<std::string> authorities() const override {
    Statement q(db_, "SELECT la FROM census ORDER BY la");
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.text(0));
    return out;
  }

  std::optional<CensusHeader> census_header(const std::string& la) const override {
    Statement q(db_,
                "SELECT collection_year, reference_date, software_code, release, serial_no, "
                "date_time FROM census WHERE la = ?1");
    q.bind(1, la);
    if (!q.step()) return std::nullopt;
    return CensusHeader{la,        static_cast<int>(q.integer(0)), q.date(1), q.text(2),
                        q.text(3), q.text(4),                      q.text(5)};
  }

  void for_each_child(const std::string& la,
                      const std::function<void(Child&&)>& visit) const override {
    read_children(la.empty() ? "" : " WHERE la = ?1", la, "", visit);
  }

  std::optional<Child> find_child(const std::string& la,
                                  const std::string& la_child_id) const override {
    std::optional<Child> found;
    read_children(" WHERE la = ?1 AND child_id = ?2", la, la_child_id,
                  [&](Child&& c) { found = std::move(c); });
    return found;
  }

  std::int64_t count_children(const std::string& la) const override {
    Statement q(db_, la.empty() ? "SELECT count(*) FROM child"
                                : "SELECT count(*) FROM child WHERE la = ?1");
    if (!la.empty()) q.bind(1, la);
    q.step();
    return q.integer(0);
  }

 private:
  class Cursor final : public journey_tables::Cursor {
   public:
    Cursor(Db& db, const std::string& sql, const std::string& la, const std::string& child_id)
        : st_(db, sql) {
      if (!la.empty()) st_.bind(1, la);
      if (!child_id.empty()) st_.bind(2, child_id);
      valid_ = st_.step();
    }
    bool valid() const override { return valid_; }
    journey_tables::Value get(int column) const override {
      return st_.is_null(column) ? std::nullopt : journey_tables::Value(st_.text(column));
    }
    void next() override { valid_ = st_.step(); }

   private:
    Statement st_;
    bool valid_ = false;
  };

  void read_children(const std::string& where, const std::string& la, const std::string& child_id,
                     const std::function<void(Child&&)>& visit) const {
    using namespace journey_tables;
    Transaction snapshot(db_, Transaction::Read);
    std::vector<std::unique_ptr<Cursor>> owned;
    std::array<journey_tables::Cursor*, kTableCount> cursors{};
    for (int t = 0; t < kTableCount; ++t) {
      const TableSpec& table = spec(static_cast<Table>(t));
      std::string sql = "SELECT ";
      for (std::size_t i = 0; i < table.columns.size(); ++i)
        sql += (i ? ", " : "") + std::string(table.columns[i]);
      sql += std::string(" FROM ") + table.name + where + " ORDER BY " + table.order;
      owned.push_back(std::make_unique<Cursor>(db_, sql, la, child_id));
      cursors[t] = owned.back().get();
    }
    assemble(cursors, visit);
  }

  // One prepared INSERT per table, reused for every row.
  void write_children(const std::string& la, const std::vector<Child>& children) {
    using namespace journey_tables;
    std::vector<std::unique_ptr<Statement>> inserts;
    for (int t = 0; t < kTableCount; ++t) {
      const TableSpec& table = spec(static_cast<Table>(t));
      std::string sql = std::string("INSERT INTO ") + table.name + " (", values;
      for (std::size_t i = 0; i < table.columns.size(); ++i) {
        sql += (i ? ", " : "") + std::string(table.columns[i]);
        values += (i ? ", ?" : "?") + std::to_string(i + 1);
      }
      inserts.push_back(std::make_unique<Statement>(db_, sql + ") VALUES (" + values + ")"));
    }
    for (const auto& child : children)
      flatten(la, child, [&](Table t, const Row& row) {
        Statement& st = *inserts[t];
        for (std::size_t i = 0; i < row.size(); ++i)
          row[i] ? st.bind(static_cast<int>(i + 1), std::string_view(*row[i]))
                 : st.bind_null(static_cast<int>(i + 1));
        st.run();
      });
  }

  void migrate() {
    db_.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    {
      Statement q(db_, "SELECT max(version) FROM schema_version");
      version_ = q.step() && !q.is_null(0) ? static_cast<int>(q.integer(0)) : 0;
    }
    int newest = migrations().back().version;
    if (version_ > newest)
      throw StoreError("the store " + db_.path() + " has schema version " +
                       std::to_string(version_) + ", newer than this lens (" +
                       std::to_string(newest) + "); upgrade lens to open it");
    for (const auto& m : migrations()) {
      if (m.version <= version_) continue;
      Transaction tx(db_);
      db_.exec(m.sqlite);
      Statement bump(db_, "INSERT INTO schema_version (version) VALUES (?1)");
      bump.bind(1, m.version).run();
      tx.commit();
      version_ = m.version;
    }
  }

  mutable Db db_;
  int version_ = 0;
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) {
  return std::make_unique<SqliteStore>(path);
}

}  // namespace lens
