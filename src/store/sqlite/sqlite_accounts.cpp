// Accounts, sessions, login attempts and child access grants in SQLite (migration 2).
#include <algorithm>

#include "core/timestamp.hpp"
#include "store/sqlite/sqlite_accounts.hpp"
#include "store/store.hpp"

namespace lens::sqlite {
namespace {

constexpr std::int64_t kLoginAttemptsKeptSeconds = 24 * 60 * 60;

class SqliteAccounts final : public AccountStore {
 public:
  explicit SqliteAccounts(Db& db) : db_(db) {}

  std::int64_t add_organisation(const Organisation& org) override {
    if (org.name.empty()) throw StoreError("an organisation needs a name");
    {
      Statement q(db_, "SELECT 1 FROM organisation WHERE name = ?1");
      q.bind(1, org.name);
      if (q.step()) throw StoreError("there is already an organisation called " + org.name);
    }
    Statement ins(db_, "INSERT INTO organisation (name, kind, la) VALUES (?1, ?2, ?3)");
    ins.bind(1, org.name).bind(2, org.kind).bind(3, org.la).run();
    return sqlite3_last_insert_rowid(db_.handle());
  }

  std::vector<Organisation> organisations() const override {
    Statement q(db_, "SELECT id, name, kind, la FROM organisation ORDER BY name");
    std::vector<Organisation> out;
    while (q.step()) out.push_back({q.integer(0), q.text(1), q.text(2), q.text(3)});
    return out;
  }

  std::optional<Organisation> organisation(std::int64_t id) const override {
    Statement q(db_, "SELECT id, name, kind, la FROM organisation WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return Organisation{q.integer(0), q.text(1), q.text(2), q.text(3)};
  }

  std::int64_t add_user(const User& user, const std::string& password_hash) override {
    if (user.username.empty()) throw StoreError("a user needs a user name");
    if (user_by_name(user.username))
      throw StoreError("there is already a user called " + user.username);
    if (!organisation(user.organisation_id))
      throw StoreError("user " + user.username + ": no such organisation");
    Transaction tx(db_);
    Statement ins(db_,
                  "INSERT INTO app_user (username, display_name, organisation_id, password_hash, "
                  "active, must_change_password, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    ins.bind(1, user.username)
        .bind(2, user.display_name)
        .bind(3, user.organisation_id)
        .bind(4, password_hash)
        .bind(5, user.active ? 1 : 0)
        .bind(6, user.must_change_password ? 1 : 0)
        .bind(7, utc_timestamp_now())
        .run();
    std::int64_t id = sqlite3_last_insert_rowid(db_.handle());
    write_roles(id, user.roles);
    tx.commit();
    return id;
  }

  std::vector<User> users() const override { return select_users("", {}); }

  std::optional<User> user(std::int64_t id) const override {
    auto found = select_users(" WHERE u.id = ?1", std::to_string(id));
    if (found.empty()) return std::nullopt;
    return found.front();
  }

  std::optional<User> user_by_name(const std::string& username) const override {
    auto found = select_users(" WHERE u.username = ?1", username);
    if (found.empty()) return std::nullopt;
    return found.front();
  }

  std::string password_hash(std::int64_t user_id) const override {
    Statement q(db_, "SELECT password_hash FROM app_user WHERE id = ?1");
    q.bind(1, user_id);
    return q.step() ? q.text(0) : std::string();
  }

  void set_password_hash(std::int64_t user_id, const std::string& hash,
                         bool must_change) override {
    Statement q(db_,
                "UPDATE app_user SET password_hash = ?2, must_change_password = ?3 WHERE id = ?1");
    q.bind(1, user_id).bind(2, hash).bind(3, must_change ? 1 : 0).run();
  }

  void set_roles(std::int64_t user_id, const std::vector<std::string>& roles) override {
    Transaction tx(db_);
    Statement del(db_, "DELETE FROM user_role WHERE user_id = ?1");
    del.bind(1, user_id).run();
    write_roles(user_id, roles);
    tx.commit();
  }

  void set_active(std::int64_t user_id, bool active) override {
    Statement q(db_, "UPDATE app_user SET active = ?2 WHERE id = ?1");
    q.bind(1, user_id).bind(2, active ? 1 : 0).run();
  }

  void add_session(const SessionRecord& s) override {
    Statement q(db_,
                "INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, "
                "last_seen_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(1, s.token_hash).bind(2, s.user_id).bind(3, s.csrf_token).bind(4, s.created_at);
    q.bind(5, s.last_seen_at).run();
  }

  std::optional<SessionRecord> session(const std::string& token_hash) const override {
    Statement q(db_,
                "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at FROM "
                "user_session WHERE token_hash = ?1");
    q.bind(1, token_hash);
    if (!q.step()) return std::nullopt;
    return SessionRecord{q.text(0), q.integer(1), q.text(2), q.integer(3), q.integer(4)};
  }

  void touch_session(const std::string& token_hash, std::int64_t now) override {
    Statement q(db_, "UPDATE user_session SET last_seen_at = ?2 WHERE token_hash = ?1");
    q.bind(1, token_hash).bind(2, now).run();
  }

  void remove_session(const std::string& token_hash) override {
    Statement q(db_, "DELETE FROM user_session WHERE token_hash = ?1");
    q.bind(1, token_hash).run();
  }

  void remove_sessions_of(std::int64_t user_id) override {
    Statement q(db_, "DELETE FROM user_session WHERE user_id = ?1");
    q.bind(1, user_id).run();
  }

  void record_login_attempt(const std::string& username, const std::string& address,
                            std::int64_t at, bool succeeded) override {
    Transaction tx(db_);
    Statement prune(db_, "DELETE FROM login_attempt WHERE at < ?1");
    prune.bind(1, at - kLoginAttemptsKeptSeconds).run();
    Statement q(db_,
                "INSERT INTO login_attempt (username, address, at, succeeded) "
                "VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, username).bind(2, address).bind(3, at).bind(4, succeeded ? 1 : 0).run();
    tx.commit();
  }

  int failed_logins_for_user(const std::string& username, std::int64_t since) const override {
    Statement q(db_,
                "SELECT count(*) FROM login_attempt WHERE username = ?1 AND at >= ?2 AND "
                "succeeded = 0");
    q.bind(1, username).bind(2, since);
    q.step();
    return static_cast<int>(q.integer(0));
  }

  int failed_logins_from(const std::string& address, std::int64_t since) const override {
    Statement q(db_,
                "SELECT count(*) FROM login_attempt WHERE address = ?1 AND at >= ?2 AND "
                "succeeded = 0");
    q.bind(1, address).bind(2, since);
    q.step();
    return static_cast<int>(q.integer(0));
  }

  void grant_child_access(std::int64_t user_id, const std::string& la,
                          const std::string& child_id, const std::string& reason,
                          std::int64_t granted_at, std::int64_t expires_at) override {
    Statement q(db_,
                "INSERT OR REPLACE INTO child_access_grant (user_id, la, child_id, granted_at, "
                "expires_at, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    q.bind(1, user_id).bind(2, la).bind(3, child_id).bind(4, granted_at).bind(5, expires_at);
    q.bind(6, reason).run();
  }

  bool has_child_access(std::int64_t user_id, const std::string& la, const std::string& child_id,
                        std::int64_t now) const override {
    Statement q(db_,
                "SELECT 1 FROM child_access_grant WHERE user_id = ?1 AND la = ?2 AND child_id = ?3 "
                "AND granted_at <= ?4 AND expires_at > ?4 LIMIT 1");
    q.bind(1, user_id).bind(2, la).bind(3, child_id).bind(4, now);
    return q.step();
  }

 private:
  void write_roles(std::int64_t user_id, std::vector<std::string> roles) {
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    Statement ins(db_, "INSERT INTO user_role (user_id, role) VALUES (?1, ?2)");
    for (const auto& r : roles) ins.bind(1, user_id).bind(2, r).run();
  }

  std::vector<User> select_users(const std::string& where, const std::string& key) const {
    Statement q(db_,
                "SELECT u.id, u.username, u.display_name, u.organisation_id, u.active, "
                "u.must_change_password, u.created_at FROM app_user u" +
                    where + " ORDER BY u.username");
    if (!where.empty()) q.bind(1, key);
    std::vector<User> out;
    while (q.step())
      out.push_back({q.integer(0), q.text(1), q.text(2), q.integer(3), {}, q.integer(4) != 0,
                     q.integer(5) != 0, q.text(6)});
    Statement roles(db_, "SELECT role FROM user_role WHERE user_id = ?1 ORDER BY role");
    for (auto& u : out) {
      roles.bind(1, u.id);
      while (roles.step()) u.roles.push_back(roles.text(0));
      roles.reset();
    }
    return out;
  }

  Db& db_;
};

class SqliteAuditLog final : public AuditLog {
 public:
  explicit SqliteAuditLog(Db& db) : db_(db) {}

  AuditEntry append(const AuditEvent& event) override {
    // The write lock is taken before reading the last entry, so two writers cannot both chain
    // onto the same predecessor.
    Transaction tx(db_);
    AuditEntry e;
    e.event = event;
    e.prev_hash = kAuditGenesisHash;
    {
      Statement last(db_, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
      if (last.step()) {
        e.seq = last.integer(0);
        e.prev_hash = last.text(1);
      }
    }
    ++e.seq;
    e.at = utc_timestamp_now();
    e.hash = audit_entry_hash(e);
    Statement ins(db_,
                  "INSERT INTO audit_log (seq, at, username, organisation, action, record, reason, "
                  "outcome, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    ins.bind(1, e.seq).bind(2, e.at).bind(3, event.username).bind(4, event.organisation);
    ins.bind(5, event.action).bind(6, event.record).bind(7, event.reason).bind(8, event.outcome);
    ins.bind(9, e.prev_hash).bind(10, e.hash).run();
    tx.commit();
    return e;
  }

  void for_each_entry(const std::function<void(const AuditEntry&)>& visit) const override {
    Statement q(db_, std::string(kSelect) + " ORDER BY seq");
    while (q.step()) visit(row(q));
  }

  std::vector<AuditEntry> recent(int limit) const override {
    Statement q(db_, std::string(kSelect) + " ORDER BY seq DESC LIMIT ?1");
    q.bind(1, limit);
    std::vector<AuditEntry> out;
    while (q.step()) out.push_back(row(q));
    return out;
  }

 private:
  static constexpr const char* kSelect =
      "SELECT seq, at, username, organisation, action, record, reason, outcome, prev_hash, hash "
      "FROM audit_log";
  static AuditEntry row(const Statement& q) {
    return {q.integer(0),
            q.text(1),
            {q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7)},
            q.text(8),
            q.text(9)};
  }
  Db& db_;
};

}  // namespace

std::unique_ptr<AccountStore> make_account_store(Db& db) {
  return std::make_unique<SqliteAccounts>(db);
}
std::unique_ptr<AuditLog> make_audit_log(Db& db) { return std::make_unique<SqliteAuditLog>(db); }

}  // namespace lens::sqlite
