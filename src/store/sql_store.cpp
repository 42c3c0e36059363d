#include "store/sql_store.hpp"

#include <cctype>
#include <cstdio>
#include <tuple>

#include "core/timestamp.hpp"
#include "model/census_merge.hpp"
#include "store/looked_after_tables.hpp"
#include "store/migrations.hpp"
#include "store/sql_accounts.hpp"

namespace lens {
namespace {

using journey_tables::kTableCount;
using journey_tables::spec;
using journey_tables::Table;

SqlValue text(std::string s) { return s; }
SqlValue number(std::int64_t n) { return std::to_string(n); }
SqlValue date(const OptDate& d) { return d ? SqlValue(d->iso()) : std::nullopt; }
OptDate as_date(const SqlValue& v) { return v ? Date::parse(*v) : std::nullopt; }
std::int64_t as_int(const SqlValue& v) { return v ? std::stoll(*v) : 0; }

class SqlStore final : public Store {
 public:
  explicit SqlStore(std::unique_ptr<SqlConnection> c) : c_(std::move(c)) { migrate(); }

  int schema_version() const override { return version_; }

  // Merges the census into what the store holds for its authority (store.hpp): the held
  // records are read as one census of the newest year held, merged with this one
  // (merge_censuses), and written back in place of the authority's records, all in one
  // transaction.
  ImportOutcome import_census(const Census& census, const ImportSource& source) override {
    const auto& h = census.header;
    SqlTransaction tx(*c_, true);
    c_->lock("census " + h.la);
    std::optional<OptDate> same_year;  // the reference date of the import held for this year
    {
      auto held = c_->query(
          "SELECT i.sha256, i.reference_date FROM census_year y "
          "JOIN census_import i ON i.id = y.import_id WHERE y.la = ?1 AND y.collection_year = ?2",
          {h.la, number(h.collection_year)});
      if (held->valid()) {
        if (held->get(0) == source.sha256) return ImportOutcome::Unchanged;
        same_year = as_date(held->get(1));
      }
    }
    const std::optional<CensusHeader> newest = census_header(h.la);
    // At least as new as the newest held: collection year, then reference date (none first).
    const bool is_newest = !newest || std::tie(newest->collection_year, newest->reference_date) <=
                                          std::tie(h.collection_year, h.reference_date);
    // This census becomes the one held for its year unless that year's held one is newer.
    const bool takes_year = !same_year || !(h.reference_date < *same_year);

    std::vector<Child> merged;
    if (newest) {
      std::vector<Census> both(2);
      both[0].header = *newest;
      scan_children(" WHERE la = ?1", {h.la},
                    [&](Child&& c) { both[0].children.push_back(std::move(c)); });
      both[1] = census;  // after the held one: at the same date, the census given wins
      merged = merge_censuses(std::move(both));
      // Children's tables first, so no foreign key is ever left dangling.
      for (int t = kTableCount - 1; t >= 0; --t)
        c_->run(std::string("DELETE FROM ") + spec(static_cast<Table>(t)).name + " WHERE la = ?1",
                {h.la});
    }
    const bool replacing = same_year && takes_year;

    std::int64_t episodes = 0;
    for (const auto& child : census.children) episodes += static_cast<std::int64_t>(child.episodes.size());
    std::int64_t import_id = c_->insert_returning_id(
        "INSERT INTO census_import (imported_at, file_name, sha256, la, collection_year, "
        "reference_date, children, episodes, imported_by, outcome) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        {utc_timestamp_now(), source.file_name, source.sha256, h.la, number(h.collection_year),
         date(h.reference_date), number(static_cast<std::int64_t>(census.children.size())),
         number(episodes), source.imported_by, text(replacing ? "replaced" : "imported")});
    if (is_newest)
      c_->run(
          "INSERT INTO census (la, import_id, collection_year, reference_date, software_code, "
          "release, serial_no, date_time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
          "ON CONFLICT (la) DO UPDATE SET import_id = excluded.import_id, collection_year = "
          "excluded.collection_year, reference_date = excluded.reference_date, software_code = "
          "excluded.software_code, release = excluded.release, serial_no = excluded.serial_no, "
          "date_time = excluded.date_time",
          {h.la, number(import_id), number(h.collection_year), date(h.reference_date),
           h.software_code, h.release, h.serial_no, h.date_time});
    if (takes_year)
      c_->run(
          "INSERT INTO census_year (la, collection_year, import_id) VALUES (?1, ?2, ?3) "
          "ON CONFLICT (la, collection_year) DO UPDATE SET import_id = excluded.import_id",
          {h.la, number(h.collection_year), number(import_id)});

    std::vector<std::unique_ptr<BulkWriter>> writers;
    for (int t = 0; t < kTableCount; ++t) writers.push_back(c_->bulk_insert(spec(static_cast<Table>(t))));
    for (const auto& child : newest ? merged : census.children)
      journey_tables::flatten(h.la, child, [&](Table t, const SqlRow& row) {
        writers[static_cast<std::size_t>(t)]->add(row);
      });
    for (auto& w : writers) w->finish();  // in table order: parents before children
    tx.commit();
    return replacing ? ImportOutcome::Replaced : ImportOutcome::Imported;
  }

  std::vector<ImportRecord> imports() const override {
    auto q = c_->query(
        "SELECT id, imported_at, file_name, sha256, la, collection_year, reference_date, "
        "children, episodes, imported_by, outcome FROM census_import ORDER BY id DESC");
    std::vector<ImportRecord> out;
    for (; q->valid(); q->next())
      out.push_back({as_int(q->get(0)), q->get(1).value_or(""), q->get(2).value_or(""),
                     q->get(3).value_or(""), q->get(4).value_or(""),
                     static_cast<int>(as_int(q->get(5))), as_date(q->get(6)), as_int(q->get(7)),
                     as_int(q->get(8)), q->get(9).value_or(""), q->get(10).value_or("")});
    return out;
  }

  std::vector<std::string> authorities() const override {
    std::vector<std::string> out;
    for (auto q = c_->query("SELECT la FROM census UNION SELECT la FROM ssda903_return ORDER BY la");
         q->valid(); q->next())
      out.push_back(q->get(0).value_or(""));
    return out;
  }

  std::optional<CensusHeader> census_header(const std::string& la) const override {
    auto q = c_->query(
        "SELECT collection_year, reference_date, software_code, release, serial_no, date_time "
        "FROM census WHERE la = ?1",
        {la});
    if (!q->valid()) return std::nullopt;
    return CensusHeader{la,
                        static_cast<int>(as_int(q->get(0))),
                        as_date(q->get(1)),
                        q->get(2).value_or(""),
                        q->get(3).value_or(""),
                        q->get(4).value_or(""),
                        q->get(5).value_or("")};
  }

  std::vector<int> census_years(const std::string& la) const override {
    return years_of("census_year", la);
  }

  void for_each_child(const std::string& la,
                      const std::function<void(Child&&)>& visit) const override {
    if (la.empty())
      read_children("", {}, visit);
    else
      read_children(" WHERE la = ?1", {la}, visit);
  }

  std::optional<Child> find_child(const std::string& la,
                                  const std::string& la_child_id) const override {
    std::optional<Child> found;
    read_children(" WHERE la = ?1 AND child_id = ?2", {la, la_child_id},
                  [&](Child&& c) { found = std::move(c); });
    return found;
  }

  std::int64_t count_children(const std::string& la) const override {
    auto q = la.empty() ? c_->query("SELECT count(*) FROM child")
                        : c_->query("SELECT count(*) FROM child WHERE la = ?1", {la});
    return as_int(q->get(0));
  }

  std::vector<ChildSummary> search_children(const std::string& text, int limit) const override {
    std::string t = trimmed(text);
    if (t.empty() || limit <= 0) return {};
    // A child may be in the CIN census, the 903 or both (joined on la and child id): children
    // are found by either record, and shown by their CIN record when they have one, else by
    // their newest 903 year. The 903 has no former UPN, but an older year's UPN serves as one.
    // Each side stops at the limit in key order (so a broad search reads no more than the
    // limit's worth of rows through the index), then the two are merged and cut again.
    auto query = [](const std::string& cin_match, const std::string& lac_match,
                    const std::string& limit) {
      return "WITH hit (la, child_id) AS (SELECT la, child_id FROM (SELECT c.la, c.child_id "
             "FROM child c WHERE " + cin_match + " ORDER BY c.la, c.child_id LIMIT " + limit +
             ") cin UNION SELECT la, child_id FROM (SELECT DISTINCT l.la, l.child_id FROM "
             "lac_child l WHERE " + lac_match + " ORDER BY l.la, l.child_id LIMIT " + limit +
             ") lac) SELECT h.la, h.child_id, coalesce(c.upn, l.upn), "
             "coalesce(c.birth_date, l.birth_date), coalesce(c.gender, l.sex), "
             "(SELECT count(*) FROM cin_episode e WHERE e.la = h.la AND e.child_id = h.child_id), "
             "(SELECT max(e.referral_date) FROM cin_episode e WHERE e.la = h.la AND "
             "e.child_id = h.child_id) FROM hit h "
             "LEFT JOIN child c ON c.la = h.la AND c.child_id = h.child_id "
             "LEFT JOIN lac_child l ON l.la = h.la AND l.child_id = h.child_id AND "
             "l.collection_year = (SELECT max(y.collection_year) FROM lac_child y "
             "WHERE y.la = h.la AND y.child_id = h.child_id) "
             "ORDER BY h.la, h.child_id LIMIT " + limit;
    };
    std::unique_ptr<SqlRows> q;
    if (auto born = date_in(t)) {
      q = c_->query(query("c.birth_date = ?1", "l.birth_date = ?1", "?2"),
                    {born->iso(), number(limit)});
    } else {
      std::string pattern;
      for (char ch : t) {
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (ch == '%' || ch == '_' || ch == '\\') pattern += '\\';
        pattern += ch;
      }
      q = c_->query(query("(lower(c.child_id) LIKE ?1 ESCAPE '\\' OR lower(c.upn) LIKE ?2 ESCAPE "
                          "'\\' OR lower(c.former_upn) LIKE ?2 ESCAPE '\\')",
                          "(lower(l.child_id) LIKE ?1 ESCAPE '\\' OR lower(l.upn) LIKE ?2 ESCAPE "
                          "'\\')",
                          "?3"),
                    {"%" + pattern + "%", pattern + "%", number(limit)});
    }
    std::vector<ChildSummary> out;
    for (; q->valid(); q->next())
      out.push_back({q->get(0).value_or(""), q->get(1).value_or(""), q->get(2).value_or(""),
                     as_date(q->get(3)), q->get(4).value_or(""), as_int(q->get(5)),
                     as_date(q->get(6))});
    return out;
  }

  AccountStore& accounts() override { return *accounts_; }
  AuditLog& audit() override { return *audit_; }

  ImportOutcome import_ssda903(const LookedAfterReturn& r, const ImportSource& source) override {
    namespace lat = looked_after_tables;
    if (r.la.empty() || r.collection_year <= 0)
      throw StoreError(source.file_name + ": a 903 return needs an authority and a collection year");
    SqlTransaction tx(*c_, true);
    c_->lock("ssda903 " + r.la);
    const SqlRow year_key = {r.la, number(r.collection_year)};
    bool replacing = false;
    {
      auto current = c_->query(
          "SELECT i.sha256 FROM ssda903_return s JOIN ssda903_import i ON i.id = s.import_id "
          "WHERE s.la = ?1 AND s.collection_year = ?2",
          year_key);
      if (current->valid()) {
        if (current->get(0) == source.sha256) return ImportOutcome::Unchanged;
        replacing = true;
      }
    }
    if (replacing)  // children's tables first, so no foreign key is ever left dangling
      for (int t = lat::kTableCount - 1; t >= 0; --t)
        c_->run(std::string("DELETE FROM ") + lat::spec(static_cast<lat::Table>(t)).name +
                    " WHERE la = ?1 AND collection_year = ?2",
                year_key);

    std::int64_t episodes = 0;
    for (const auto& child : r.children) episodes += static_cast<std::int64_t>(child.episodes.size());
    std::int64_t import_id = c_->insert_returning_id(
        "INSERT INTO ssda903_import (imported_at, file_name, sha256, la, collection_year, "
        "children, episodes, imported_by, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        {utc_timestamp_now(), source.file_name, source.sha256, r.la, number(r.collection_year),
         number(static_cast<std::int64_t>(r.children.size())), number(episodes),
         source.imported_by, text(replacing ? "replaced" : "imported")});
    c_->run(
        "INSERT INTO ssda903_return (la, collection_year, import_id) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (la, collection_year) DO UPDATE SET import_id = excluded.import_id",
        {r.la, number(r.collection_year), number(import_id)});

    std::vector<std::unique_ptr<BulkWriter>> writers;
    for (int t = 0; t < lat::kTableCount; ++t)
      writers.push_back(c_->bulk_insert(lat::spec(static_cast<lat::Table>(t))));
    for (const auto& child : r.children)
      lat::flatten(r.la, r.collection_year, child, [&](lat::Table t, const SqlRow& row) {
        writers[static_cast<std::size_t>(t)]->add(row);
      });
    for (auto& w : writers) w->finish();  // in table order: parents before children
    tx.commit();
    return replacing ? ImportOutcome::Replaced : ImportOutcome::Imported;
  }

  std::vector<ImportRecord> ssda903_imports() const override {
    auto q = c_->query(
        "SELECT id, imported_at, file_name, sha256, la, collection_year, children, episodes, "
        "imported_by, outcome FROM ssda903_import ORDER BY id DESC");
    std::vector<ImportRecord> out;
    for (; q->valid(); q->next())
      out.push_back({as_int(q->get(0)), q->get(1).value_or(""), q->get(2).value_or(""),
                     q->get(3).value_or(""), q->get(4).value_or(""),
                     static_cast<int>(as_int(q->get(5))), std::nullopt, as_int(q->get(6)),
                     as_int(q->get(7)), q->get(8).value_or(""), q->get(9).value_or("")});
    return out;
  }

  std::vector<int> ssda903_years(const std::string& la) const override {
    return years_of("ssda903_return", la);
  }

  void for_each_looked_after_child(const std::string& la,
                                   const std::function<void(LookedAfterChild&&)>& visit) const override {
    if (la.empty())
      read_looked_after("", {}, visit);
    else
      read_looked_after(" WHERE la = ?1", {la}, visit);
  }

  std::optional<LookedAfterChild> find_looked_after_child(const std::string& la,
                                                          const std::string& la_child_id) const override {
    std::optional<LookedAfterChild> found;
    read_looked_after(" WHERE la = ?1 AND child_id = ?2", {la, la_child_id},
                      [&](LookedAfterChild&& c) { found = std::move(c); });
    return found;
  }

  std::int64_t count_looked_after_children(const std::string& la) const override {
    auto q = la.empty()
                 ? c_->query("SELECT count(*) FROM (SELECT DISTINCT la, child_id FROM lac_child) c")
                 : c_->query("SELECT count(DISTINCT child_id) FROM lac_child WHERE la = ?1", {la});
    return as_int(q->get(0));
  }

 private:
  // The collection years an authority has in `table` (census_year, ssda903_return), ascending.
  std::vector<int> years_of(const char* table, const std::string& la) const {
    std::vector<int> out;
    for (auto q = c_->query(std::string("SELECT collection_year FROM ") + table +
                                " WHERE la = ?1 ORDER BY collection_year",
                            {la});
         q->valid(); q->next())
      out.push_back(static_cast<int>(as_int(q->get(0))));
    return out;
  }

  // One key-ordered scan of `table` restricted by `where`.
  std::unique_ptr<SqlRows> scan(const journey_tables::TableSpec& table, const std::string& where,
                                const SqlRow& params) const {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      sql += (i ? ", " : "") + std::string(table.columns[i]);
    sql += std::string(" FROM ") + table.name + where + " ORDER BY " + table.order;
    return c_->query(sql, params);
  }

  void read_looked_after(const std::string& where, const SqlRow& params,
                         const std::function<void(LookedAfterChild&&)>& visit) const {
    namespace lat = looked_after_tables;
    SqlTransaction snapshot(*c_, false);
    std::vector<std::unique_ptr<SqlRows>> scans;
    std::array<journey_tables::Cursor*, lat::kTableCount> cursors{};
    for (int t = 0; t < lat::kTableCount; ++t) {
      scans.push_back(scan(lat::spec(static_cast<lat::Table>(t)), where, params));
      cursors[static_cast<std::size_t>(t)] = scans.back().get();
    }
    lat::assemble(cursors, visit);
    snapshot.commit();
  }

  static std::string trimmed(const std::string& s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  }
  // "2012-03-04", or "04/03/2012" as dates are written in England.
  static OptDate date_in(const std::string& t) {
    if (auto d = Date::parse(t)) return d;
    int day = 0, month = 0, year = 0;
    char a = 0, b = 0;
    if (t.size() == 10 &&
        std::sscanf(t.c_str(), "%2d%c%2d%c%4d", &day, &a, &month, &b, &year) == 5 && a == '/' &&
        b == '/')
      return Date::from_ymd(year, month, day);
    return std::nullopt;
  }

  // Merges one key-ordered scan per table, all in one snapshot (journey_tables::assemble).
  void read_children(const std::string& where, const SqlRow& params,
                     const std::function<void(Child&&)>& visit) const {
    SqlTransaction snapshot(*c_, false);
    scan_children(where, params, visit);
    snapshot.commit();
  }
  // The same inside the caller's transaction; every scan is closed when it returns.
  void scan_children(const std::string& where, const SqlRow& params,
                     const std::function<void(Child&&)>& visit) const {
    std::vector<std::unique_ptr<SqlRows>> scans;
    std::array<journey_tables::Cursor*, kTableCount> cursors{};
    for (int t = 0; t < kTableCount; ++t) {
      scans.push_back(scan(spec(static_cast<Table>(t)), where, params));
      cursors[static_cast<std::size_t>(t)] = scans.back().get();
    }
    journey_tables::assemble(cursors, visit);
  }

  void migrate() {
    SqlTransaction tx(*c_, true);
    c_->lock("migrations");
    c_->exec_script("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    {
      auto q = c_->query("SELECT max(version) FROM schema_version");
      version_ = static_cast<int>(as_int(q->get(0)));
    }
    int newest = migrations().back().version;
    if (version_ > newest)
      throw StoreError("the store " + c_->describe() + " has schema version " +
                       std::to_string(version_) + ", newer than this lens (" +
                       std::to_string(newest) + "); upgrade lens to open it");
    for (const auto& m : migrations()) {
      if (m.version <= version_) continue;
      c_->exec_script(sql_for(m, c_->dialect() == SqlConnection::Dialect::Postgres));
      c_->run("INSERT INTO schema_version (version) VALUES (?1)", {number(m.version)});
      version_ = m.version;
    }
    tx.commit();
  }

  std::unique_ptr<SqlConnection> c_;
  int version_ = 0;
  std::unique_ptr<AccountStore> accounts_ = make_sql_account_store(*c_);
  std::unique_ptr<AuditLog> audit_ = make_sql_audit_log(*c_);
};

}  // namespace

std::unique_ptr<Store> make_sql_store(std::unique_ptr<SqlConnection> connection) {
  return std::make_unique<SqlStore>(std::move(connection));
}

}  // namespace lens
