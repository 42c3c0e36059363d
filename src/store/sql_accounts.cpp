// Accounts, sessions, login attempts, child access grants and the audit log (migration 2).
#include "store/sql_accounts.hpp"

#include <algorithm>

#include "core/timestamp.hpp"
#include "store/store.hpp"

namespace lens {
namespace {

constexpr std::int64_t kLoginAttemptsKeptSeconds = 24 * 60 * 60;

SqlValue number(std::int64_t n) { return std::to_string(n); }
std::int64_t as_int(const SqlValue& v) { return v ? std::stoll(*v) : 0; }
std::string as_text(const SqlValue& v) { return v.value_or(""); }

class SqlAccounts final : public AccountStore {
 public:
  explicit SqlAccounts(SqlConnection& c) : c_(c) {}

  std::int64_t add_organisation(const Organisation& org) override {
    if (org.name.empty()) throw StoreError("an organisation needs a name");
    SqlTransaction tx(c_, true);
    c_.lock("accounts");
    if (c_.query("SELECT 1 FROM organisation WHERE name = ?1", {org.name})->valid())
      throw StoreError("there is already an organisation called " + org.name);
    auto id = c_.insert_returning_id(
        "INSERT INTO organisation (name, kind, la) VALUES (?1, ?2, ?3)", {org.name, org.kind, org.la});
    tx.commit();
    return id;
  }

  std::vector<Organisation> organisations() const override {
    std::vector<Organisation> out;
    for (auto q = c_.query("SELECT id, name, kind, la FROM organisation ORDER BY name");
         q->valid(); q->next())
      out.push_back({as_int(q->get(0)), as_text(q->get(1)), as_text(q->get(2)), as_text(q->get(3))});
    return out;
  }

  std::optional<Organisation> organisation(std::int64_t id) const override {
    auto q = c_.query("SELECT id, name, kind, la FROM organisation WHERE id = ?1", {number(id)});
    if (!q->valid()) return std::nullopt;
    return Organisation{as_int(q->get(0)), as_text(q->get(1)), as_text(q->get(2)),
                        as_text(q->get(3))};
  }

  std::int64_t add_user(const User& user, const std::string& password_hash) override {
    if (user.username.empty()) throw StoreError("a user needs a user name");
    SqlTransaction tx(c_, true);
    c_.lock("accounts");
    if (c_.query("SELECT 1 FROM app_user WHERE username = ?1", {user.username})->valid())
      throw StoreError("there is already a user called " + user.username);
    if (!c_.query("SELECT 1 FROM organisation WHERE id = ?1", {number(user.organisation_id)})
             ->valid())
      throw StoreError("user " + user.username + ": no such organisation");
    auto id = c_.insert_returning_id(
        "INSERT INTO app_user (username, display_name, organisation_id, password_hash, active, "
        "must_change_password, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        {user.username, user.display_name, number(user.organisation_id), password_hash,
         number(user.active ? 1 : 0), number(user.must_change_password ? 1 : 0),
         utc_timestamp_now()});
    write_roles(id, user.roles);
    tx.commit();
    return id;
  }

  std::vector<User> users() const override { return select_users("", {}); }

  std::optional<User> user(std::int64_t id) const override {
    auto found = select_users(" WHERE id = ?1", {number(id)});
    if (found.empty()) return std::nullopt;
    return found.front();
  }

  std::optional<User> user_by_name(const std::string& username) const override {
    auto found = select_users(" WHERE username = ?1", {username});
    if (found.empty()) return std::nullopt;
    return found.front();
  }

  std::string password_hash(std::int64_t user_id) const override {
    auto q = c_.query("SELECT password_hash FROM app_user WHERE id = ?1", {number(user_id)});
    return q->valid() ? as_text(q->get(0)) : std::string();
  }

  void set_password_hash(std::int64_t user_id, const std::string& hash,
                         bool must_change) override {
    c_.run("UPDATE app_user SET password_hash = ?2, must_change_password = ?3 WHERE id = ?1",
           {number(user_id), hash, number(must_change ? 1 : 0)});
  }

  void set_roles(std::int64_t user_id, const std::vector<std::string>& roles) override {
    SqlTransaction tx(c_, true);
    c_.run("DELETE FROM user_role WHERE user_id = ?1", {number(user_id)});
    write_roles(user_id, roles);
    tx.commit();
  }

  void set_active(std::int64_t user_id, bool active) override {
    c_.run("UPDATE app_user SET active = ?2 WHERE id = ?1", {number(user_id), number(active ? 1 : 0)});
  }

  void add_session(const SessionRecord& s) override {
    c_.run(
        "INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, last_seen_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5)",
        {s.token_hash, number(s.user_id), s.csrf_token, number(s.created_at),
         number(s.last_seen_at)});
  }

  std::optional<SessionRecord> session(const std::string& token_hash) const override {
    auto q = c_.query(
        "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at FROM user_session "
        "WHERE token_hash = ?1",
        {token_hash});
    if (!q->valid()) return std::nullopt;
    return SessionRecord{as_text(q->get(0)), as_int(q->get(1)), as_text(q->get(2)),
                         as_int(q->get(3)), as_int(q->get(4))};
  }

  void touch_session(const std::string& token_hash, std::int64_t now) override {
    c_.run("UPDATE user_session SET last_seen_at = ?2 WHERE token_hash = ?1",
           {token_hash, number(now)});
  }

  void remove_session(const std::string& token_hash) override {
    c_.run("DELETE FROM user_session WHERE token_hash = ?1", {token_hash});
  }

  void remove_sessions_of(std::int64_t user_id) override {
    c_.run("DELETE FROM user_session WHERE user_id = ?1", {number(user_id)});
  }

  void record_login_attempt(const std::string& username, const std::string& address,
                            std::int64_t at, bool succeeded) override {
    SqlTransaction tx(c_, true);
    c_.run("DELETE FROM login_attempt WHERE at < ?1", {number(at - kLoginAttemptsKeptSeconds)});
    c_.run(
        "INSERT INTO login_attempt (username, address, at, succeeded) VALUES (?1, ?2, ?3, ?4)",
        {username, address, number(at), number(succeeded ? 1 : 0)});
    tx.commit();
  }

  int failed_logins_for_user(const std::string& username, std::int64_t since) const override {
    return static_cast<int>(as_int(
        c_.query("SELECT count(*) FROM login_attempt WHERE username = ?1 AND at >= ?2 AND "
                 "succeeded = 0",
                 {username, number(since)})
            ->get(0)));
  }

  int failed_logins_from(const std::string& address, std::int64_t since) const override {
    return static_cast<int>(as_int(
        c_.query("SELECT count(*) FROM login_attempt WHERE address = ?1 AND at >= ?2 AND "
                 "succeeded = 0",
                 {address, number(since)})
            ->get(0)));
  }

  void grant_child_access(std::int64_t user_id, const std::string& la,
                          const std::string& child_id, const std::string& reason,
                          std::int64_t granted_at, std::int64_t expires_at) override {
    c_.run(
        "INSERT INTO child_access_grant (user_id, la, child_id, granted_at, expires_at, reason) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (user_id, la, child_id, granted_at) DO "
        "UPDATE SET expires_at = excluded.expires_at, reason = excluded.reason",
        {number(user_id), la, child_id, number(granted_at), number(expires_at), reason});
  }

  bool has_child_access(std::int64_t user_id, const std::string& la, const std::string& child_id,
                        std::int64_t now) const override {
    return c_
        .query(
            "SELECT 1 FROM child_access_grant WHERE user_id = ?1 AND la = ?2 AND child_id = ?3 "
            "AND granted_at <= ?4 AND expires_at > ?4 LIMIT 1",
            {number(user_id), la, child_id, number(now)})
        ->valid();
  }

 private:
  void write_roles(std::int64_t user_id, std::vector<std::string> roles) {
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    for (const auto& r : roles)
      c_.run("INSERT INTO user_role (user_id, role) VALUES (?1, ?2)", {number(user_id), r});
  }

  std::vector<User> select_users(const std::string& where, const SqlRow& params) const {
    std::vector<User> out;
    for (auto q = c_.query(
             "SELECT id, username, display_name, organisation_id, active, must_change_password, "
             "created_at FROM app_user" + where + " ORDER BY username",
             params);
         q->valid(); q->next())
      out.push_back({as_int(q->get(0)), as_text(q->get(1)), as_text(q->get(2)), as_int(q->get(3)),
                     {}, as_int(q->get(4)) != 0, as_int(q->get(5)) != 0, as_text(q->get(6))});
    for (auto& u : out)
      for (auto q = c_.query("SELECT role FROM user_role WHERE user_id = ?1 ORDER BY role",
                             {number(u.id)});
           q->valid(); q->next())
        u.roles.push_back(as_text(q->get(0)));
    return out;
  }

  SqlConnection& c_;
};

class SqlAuditLog final : public AuditLog {
 public:
  explicit SqlAuditLog(SqlConnection& c) : c_(c) {}

  AuditEntry append(const AuditEvent& event) override {
    // The write lock is taken before reading the last entry, so two writers cannot both chain
    // onto the same predecessor.
    SqlTransaction tx(c_, true);
    c_.lock("audit log");
    AuditEntry e;
    e.event = event;
    e.prev_hash = kAuditGenesisHash;
    if (auto last = c_.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        last->valid()) {
      e.seq = as_int(last->get(0));
      e.prev_hash = as_text(last->get(1));
    }
    ++e.seq;
    e.at = utc_timestamp_now();
    e.hash = audit_entry_hash(e);
    c_.run(
        "INSERT INTO audit_log (seq, at, username, organisation, action, record, reason, "
        "outcome, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        {number(e.seq), e.at, event.username, event.organisation, event.action, event.record,
         event.reason, event.outcome, e.prev_hash, e.hash});
    tx.commit();
    return e;
  }

  void for_each_entry(const std::function<void(const AuditEntry&)>& visit) const override {
    SqlTransaction snapshot(c_, false);
    for (auto q = c_.query(std::string(kSelect) + " ORDER BY seq"); q->valid(); q->next())
      visit(row(*q));
    snapshot.commit();
  }

  std::vector<AuditEntry> recent(int limit) const override {
    std::vector<AuditEntry> out;
    for (auto q = c_.query(std::string(kSelect) + " ORDER BY seq DESC LIMIT ?1", {number(limit)});
         q->valid(); q->next())
      out.push_back(row(*q));
    return out;
  }

 private:
  static constexpr const char* kSelect =
      "SELECT seq, at, username, organisation, action, record, reason, outcome, prev_hash, hash "
      "FROM audit_log";
  static AuditEntry row(const SqlRows& q) {
    return {as_int(q.get(0)),
            as_text(q.get(1)),
            {as_text(q.get(2)), as_text(q.get(3)), as_text(q.get(4)), as_text(q.get(5)),
             as_text(q.get(6)), as_text(q.get(7))},
            as_text(q.get(8)),
            as_text(q.get(9))};
  }
  SqlConnection& c_;
};

}  // namespace

std::unique_ptr<AccountStore> make_sql_account_store(SqlConnection& c) {
  return std::make_unique<SqlAccounts>(c);
}
std::unique_ptr<AuditLog> make_sql_audit_log(SqlConnection& c) {
  return std::make_unique<SqlAuditLog>(c);
}

}  // namespace lens
