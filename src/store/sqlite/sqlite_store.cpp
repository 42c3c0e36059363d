// The SQLite store: one file, WAL journal, foreign keys on, synchronous=FULL so a committed
// import survives a power cut. See store.hpp for the contract and migrations.hpp for the schema.
#include <cctype>
#include <cstdio>
#include <memory>

#include "core/timestamp.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/sqlite_accounts.hpp"
#include "store/sqlite/sqlite_db.hpp"
#include "store/store.hpp"

namespace lens {
namespace {

using sqlite::Db;
using sqlite::Statement;
using sqlite::Transaction;

// Child-first order, so that deleting an authority never trips a foreign key.
constexpr const char* kChildTables[] = {"cp_review",  "cp_plan",     "section47",
                                        "cin_plan",   "assessment_factor", "assessment",
                                        "cin_episode", "child_disability", "child"};

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
    if (replacing)
      for (const char* table : kChildTables) {
        Statement del(db_, std::string("DELETE FROM ") + table + " WHERE la = ?1");
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

    Writer writer(db_);
    for (const auto& child : census.children) writer.write(h.la, child);
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
    Reader reader(db_, la.empty() ? "" : " WHERE la = ?1", la, "");
    reader.run(visit);
  }

  std::optional<Child> find_child(const std::string& la,
                                  const std::string& la_child_id) const override {
    std::optional<Child> found;
    Reader reader(db_, " WHERE la = ?1 AND child_id = ?2", la, la_child_id);
    reader.run([&](Child&& c) { found = std::move(c); });
    return found;
  }

  std::int64_t count_children(const std::string& la) const override {
    Statement q(db_, la.empty() ? "SELECT count(*) FROM child"
                                : "SELECT count(*) FROM child WHERE la = ?1");
    if (!la.empty()) q.bind(1, la);
    q.step();
    return q.integer(0);
  }

  std::vector<ChildSummary> search_children(const std::string& text, int limit) const override {
    std::string t = trimmed(text);
    if (t.empty() || limit <= 0) return {};
    const std::string select =
        "SELECT c.la, c.child_id, c.upn, c.birth_date, c.gender, "
        "(SELECT count(*) FROM cin_episode e WHERE e.la = c.la AND e.child_id = c.child_id), "
        "(SELECT max(e.referral_date) FROM cin_episode e WHERE e.la = c.la AND "
        "e.child_id = c.child_id) FROM child c WHERE ";
    const std::string order = " ORDER BY c.la, c.child_id LIMIT ?3";
    std::optional<Statement> q;
    if (auto born = date_in(t)) {
      q.emplace(db_, select + "c.birth_date = ?1" + order);
      q->bind(1, born->iso());
    } else {
      std::string lower;
      for (char ch : t) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      std::string prefix;
      for (char ch : lower) {
        if (ch == '%' || ch == '_' || ch == '\\') prefix += '\\';
        prefix += ch;
      }
      prefix += '%';
      q.emplace(db_, select +
                         "(instr(lower(c.child_id), ?1) > 0 OR lower(c.upn) LIKE ?2 ESCAPE '\\' "
                         "OR lower(c.former_upn) LIKE ?2 ESCAPE '\\')" +
                         order);
      q->bind(1, lower).bind(2, prefix);
    }
    q->bind(3, limit);
    std::vector<ChildSummary> out;
    while (q->step())
      out.push_back({q->text(0), q->text(1), q->text(2), q->date(3), q->text(4), q->integer(5),
                     q->date(6)});
    return out;
  }

  AccountStore& accounts() override { return *accounts_; }
  AuditLog& audit() override { return *audit_; }

 private:
  static std::string trimmed(const std::string& s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  }
  // "2012-03-04" or "04/03/2012" (the way dates are written in England).
  static OptDate date_in(const std::string& t) {
    if (auto d = Date::parse(t)) return d;
    int day = 0, month = 0, year = 0;
    char a = 0, b = 0;
    if (t.size() == 10 && std::sscanf(t.c_str(), "%2d%c%2d%c%4d", &day, &a, &month, &b, &year) == 5 &&
        a == '/' && b == '/')
      return Date::from_ymd(year, month, day);
    return std::nullopt;
  }

  // Inserts children with one prepared statement per table, reused for every row.
  class Writer {
   public:
    explicit Writer(Db& db)
        : child_(db,
                 "INSERT INTO child (la, child_id, upn, former_upn, upn_unknown, birth_date, "
                 "expected_birth_date, gender, death_date, ethnicity) VALUES "
                 "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
          disability_(db,
                      "INSERT INTO child_disability (la, child_id, seq, code) "
                      "VALUES (?1, ?2, ?3, ?4)"),
          episode_(db,
                   "INSERT INTO cin_episode (la, child_id, episode_seq, referral_date, "
                   "referral_source, primary_need, closure_date, closure_reason, icpc_date, "
                   "referral_nfa) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
          assessment_(db,
                      "INSERT INTO assessment (la, child_id, episode_seq, seq, start_date, "
                      "internal_review_date, authorisation_date) VALUES "
                      "(?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          factor_(db,
                  "INSERT INTO assessment_factor (la, child_id, episode_seq, assessment_seq, seq, "
                  "code) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          cin_plan_(db,
                    "INSERT INTO cin_plan (la, child_id, episode_seq, seq, start_date, end_date) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          s47_(db,
               "INSERT INTO section47 (la, child_id, episode_seq, seq, start_date, "
               "icpc_target_date, icpc_date, icpc_not_required) VALUES "
               "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
          cp_plan_(db,
                   "INSERT INTO cp_plan (la, child_id, episode_seq, seq, start_date, end_date, "
                   "initial_category, latest_category, previous_plans) VALUES "
                   "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
          review_(db,
                  "INSERT INTO cp_review (la, child_id, episode_seq, plan_seq, seq, review_date) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)") {}

    void write(const std::string& la, const Child& c) {
      const std::string& id = c.la_child_id;
      child_.bind(1, la).bind(2, id).bind(3, c.upn).bind(4, c.former_upn).bind(5, c.upn_unknown);
      child_.bind(6, c.birth).bind(7, c.expected_birth).bind(8, c.gender).bind(9, c.death);
      child_.bind(10, c.ethnicity).run();
      for (int i = 0; i < static_cast<int>(c.disabilities.size()); ++i)
        disability_.bind(1, la).bind(2, id).bind(3, i).bind(4, c.disabilities[i]).run();
      for (int e = 0; e < static_cast<int>(c.episodes.size()); ++e) {
        const CinEpisode& ep = c.episodes[e];
        episode_.bind(1, la).bind(2, id).bind(3, e).bind(4, OptDate(ep.referral));
        episode_.bind(5, ep.source).bind(6, ep.primary_need).bind(7, ep.closure);
        episode_.bind(8, ep.closure_reason).bind(9, ep.icpc).bind(10, ep.nfa ? 1 : 0).run();
        for (int a = 0; a < static_cast<int>(ep.assessments.size()); ++a) {
          const Assessment& as = ep.assessments[a];
          assessment_.bind(1, la).bind(2, id).bind(3, e).bind(4, a).bind(5, OptDate(as.start));
          assessment_.bind(6, as.internal_review).bind(7, as.authorised).run();
          for (int f = 0; f < static_cast<int>(as.factors.size()); ++f)
            factor_.bind(1, la).bind(2, id).bind(3, e).bind(4, a).bind(5, f)
                .bind(6, as.factors[f]).run();
        }
        for (int p = 0; p < static_cast<int>(ep.cin_plans.size()); ++p)
          cin_plan_.bind(1, la).bind(2, id).bind(3, e).bind(4, p)
              .bind(5, OptDate(ep.cin_plans[p].start)).bind(6, ep.cin_plans[p].end).run();
        for (int s = 0; s < static_cast<int>(ep.section47s.size()); ++s) {
          const Section47& s47 = ep.section47s[s];
          s47_.bind(1, la).bind(2, id).bind(3, e).bind(4, s).bind(5, OptDate(s47.start));
          s47_.bind(6, s47.icpc_target).bind(7, s47.icpc).bind(8, s47.icpc_not_required ? 1 : 0);
          s47_.run();
        }
        for (int p = 0; p < static_cast<int>(ep.cp_plans.size()); ++p) {
          const CpPlan& plan = ep.cp_plans[p];
          cp_plan_.bind(1, la).bind(2, id).bind(3, e).bind(4, p).bind(5, OptDate(plan.start));
          cp_plan_.bind(6, plan.end).bind(7, plan.initial_category).bind(8, plan.latest_category);
          cp_plan_.bind(9, plan.previous_plans).run();
          for (int r = 0; r < static_cast<int>(plan.reviews.size()); ++r)
            review_.bind(1, la).bind(2, id).bind(3, e).bind(4, p).bind(5, r)
                .bind(6, OptDate(plan.reviews[r])).run();
        }
      }
    }

   private:
    Statement child_, disability_, episode_, assessment_, factor_, cin_plan_, s47_, cp_plan_,
        review_;
  };

  // Reads children by merging one key-ordered scan per table: every table is ordered by
  // (la, child_id, ...), so each child's rows are the next rows of each scan.
  class Reader {
   public:
    Reader(Db& db, const std::string& where, const std::string& la, const std::string& child_id)
        : child_(db, where, "la, child_id, upn, former_upn, upn_unknown, birth_date, "
                            "expected_birth_date, gender, death_date, ethnicity",
                 "child", "la, child_id", la, child_id),
          disability_(db, where, "la, child_id, code", "child_disability", "la, child_id, seq", la,
                      child_id),
          episode_(db, where,
                   "la, child_id, referral_date, referral_source, primary_need, closure_date, "
                   "closure_reason, icpc_date, referral_nfa",
                   "cin_episode", "la, child_id, episode_seq", la, child_id),
          assessment_(db, where,
                      "la, child_id, episode_seq, start_date, internal_review_date, "
                      "authorisation_date",
                      "assessment", "la, child_id, episode_seq, seq", la, child_id),
          factor_(db, where, "la, child_id, episode_seq, assessment_seq, code",
                  "assessment_factor", "la, child_id, episode_seq, assessment_seq, seq", la,
                  child_id),
          cin_plan_(db, where, "la, child_id, episode_seq, start_date, end_date", "cin_plan",
                    "la, child_id, episode_seq, seq", la, child_id),
          s47_(db, where,
               "la, child_id, episode_seq, start_date, icpc_target_date, icpc_date, "
               "icpc_not_required",
               "section47", "la, child_id, episode_seq, seq", la, child_id),
          cp_plan_(db, where,
                   "la, child_id, episode_seq, start_date, end_date, initial_category, "
                   "latest_category, previous_plans",
                   "cp_plan", "la, child_id, episode_seq, seq", la, child_id),
          review_(db, where, "la, child_id, episode_seq, plan_seq, review_date", "cp_review",
                  "la, child_id, episode_seq, plan_seq, seq", la, child_id) {}

    void run(const std::function<void(Child&&)>& visit) {
      while (child_.has) {
        Statement& r = child_.st;
        Child c;
        c.la = r.text(0);
        c.la_child_id = r.text(1);
        c.upn = r.text(2);
        c.former_upn = r.text(3);
        c.upn_unknown = r.text(4);
        c.birth = r.date(5);
        c.expected_birth = r.date(6);
        c.gender = r.text(7);
        c.death = r.date(8);
        c.ethnicity = r.text(9);
        for (; disability_.of(c); disability_.next()) c.disabilities.push_back(disability_.st.text(2));
        for (; episode_.of(c); episode_.next()) {
          Statement& e = episode_.st;
          CinEpisode ep;
          ep.referral = *e.date(2);
          ep.source = e.text(3);
          ep.primary_need = e.text(4);
          ep.closure = e.date(5);
          ep.closure_reason = e.text(6);
          ep.icpc = e.date(7);
          ep.nfa = e.integer(8) != 0;
          c.episodes.push_back(std::move(ep));
        }
        for (; assessment_.of(c); assessment_.next()) {
          Statement& a = assessment_.st;
          episode(c, a.integer(2)).assessments.push_back(
              {*a.date(3), a.date(4), a.date(5), {}});
        }
        for (; factor_.of(c); factor_.next()) {
          Statement& f = factor_.st;
          auto& assessments = episode(c, f.integer(2)).assessments;
          at(assessments, f.integer(3)).factors.push_back(f.text(4));
        }
        for (; cin_plan_.of(c); cin_plan_.next())
          episode(c, cin_plan_.st.integer(2)).cin_plans.push_back(
              {*cin_plan_.st.date(3), cin_plan_.st.date(4)});
        for (; s47_.of(c); s47_.next()) {
          Statement& s = s47_.st;
          episode(c, s.integer(2)).section47s.push_back(
              {*s.date(3), s.date(4), s.date(5), s.integer(6) != 0});
        }
        for (; cp_plan_.of(c); cp_plan_.next()) {
          Statement& p = cp_plan_.st;
          episode(c, p.integer(2)).cp_plans.push_back({*p.date(3), p.date(4), p.text(5), p.text(6),
                                                       static_cast<int>(p.integer(7)), {}});
        }
        for (; review_.of(c); review_.next()) {
          Statement& v = review_.st;
          at(episode(c, v.integer(2)).cp_plans, v.integer(3)).reviews.push_back(*v.date(4));
        }
        child_.next();
        visit(std::move(c));
      }
    }

   private:
    struct Scan {
      Scan(Db& db, const std::string& where, const std::string& columns, const std::string& table,
           const std::string& order, const std::string& la, const std::string& child_id)
          : st(db, "SELECT " + columns + " FROM " + table + where + " ORDER BY " + order) {
        if (!la.empty()) st.bind(1, la);
        if (!child_id.empty()) st.bind(2, child_id);
        has = st.step();
      }
      bool of(const Child& c) const {
        return has && st.text(1) == c.la_child_id && st.text(0) == c.la;
      }
      void next() { has = st.step(); }
      Statement st;
      bool has = false;
    };

    template <typename T>
    static T& at(std::vector<T>& v, std::int64_t i) {
      if (i < 0 || static_cast<std::size_t>(i) >= v.size())
        throw StoreError("the store is inconsistent: a record refers to a missing parent");
      return v[static_cast<std::size_t>(i)];
    }
    static CinEpisode& episode(Child& c, std::int64_t i) { return at(c.episodes, i); }

    Scan child_, disability_, episode_, assessment_, factor_, cin_plan_, s47_, cp_plan_, review_;
  };

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
  std::unique_ptr<AccountStore> accounts_ = sqlite::make_account_store(db_);
  std::unique_ptr<AuditLog> audit_ = sqlite::make_audit_log(db_);
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) {
  return std::make_unique<SqliteStore>(path);
}

}  // namespace lens
