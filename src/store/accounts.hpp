// accounts.hpp — who may sign in to Lens and what they hold: organisations, users and their
// roles, signed-in sessions, login attempts (for throttling) and time-limited grants to open a
// child's record of another organisation. Implemented by each store backend; callers never see SQL.
//
// Contract:
// - Times are whole seconds since 1970-01-01 UTC (the caller's clock, so tests can move it).
// - Sessions are kept by the SHA-256 of their token, never the token itself: a copy of the store
//   does not let anyone sign in.
// - Passwords arrive already hashed (argon2id, server/password.hpp); the store keeps the string.
// - User names are unique and compared exactly; an unknown id or name gives nullopt, a broken
//   rule (duplicate name, unknown organisation) throws StoreError with a plain message.
// - Same threading rule as Store: one thread at a time per object.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lens {

struct Organisation {
  std::int64_t id = 0;
  std::string name;
  std::string kind;  // server/access.hpp lists the kinds
  std::string la;    // DfE LA number whose children it works with; empty for none
};

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::int64_t organisation_id = 0;
  std::vector<std::string> roles;  // sorted
  bool active = true;
  bool must_change_password = false;
  std::string created_at;  // UTC ISO 8601
};

struct SessionRecord {
  std::string token_hash;  // SHA-256 hex of the cookie's token
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
};

class AccountStore {
 public:
  virtual ~AccountStore() = default;

  virtual std::int64_t add_organisation(const Organisation& org) = 0;  // returns the new id
  virtual std::vector<Organisation> organisations() const = 0;         // by name
  virtual std::optional<Organisation> organisation(std::int64_t id) const = 0;

  // Returns the new id.
  virtual std::int64_t add_user(const User& user, const std::string& password_hash) = 0;
  virtual std::vector<User> users() const = 0;  // by user name
  virtual std::optional<User> user(std::int64_t id) const = 0;
  virtual std::optional<User> user_by_name(const std::string& username) const = 0;
  virtual std::string password_hash(std::int64_t user_id) const = 0;  // empty if no such user
  virtual void set_password_hash(std::int64_t user_id, const std::string& hash,
                                 bool must_change) = 0;
  virtual void set_roles(std::int64_t user_id, const std::vector<std::string>& roles) = 0;
  virtual void set_active(std::int64_t user_id, bool active) = 0;

  virtual void add_session(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> session(const std::string& token_hash) const = 0;
  virtual void touch_session(const std::string& token_hash, std::int64_t now) = 0;
  virtual void remove_session(const std::string& token_hash) = 0;
  virtual void remove_sessions_of(std::int64_t user_id) = 0;

  // Login attempts, kept for a day.
  virtual void record_login_attempt(const std::string& username, const std::string& address,
                                    std::int64_t at, bool succeeded) = 0;
  // Failed attempts since `since` (inclusive) for this user name / from this address.
  virtual int failed_logins_for_user(const std::string& username, std::int64_t since) const = 0;
  virtual int failed_logins_from(const std::string& address, std::int64_t since) const = 0;

  // A user's stated reason to open one child's record, valid until `expires_at` (exclusive).
  virtual void grant_child_access(std::int64_t user_id, const std::string& la,
                                  const std::string& child_id, const std::string& reason,
                                  std::int64_t granted_at, std::int64_t expires_at) = 0;
  // True if a grant for this user and child is in force at `now`.
  virtual bool has_child_access(std::int64_t user_id, const std::string& la,
                                const std::string& child_id, std::int64_t now) const = 0;
};

}  // namespace lens
