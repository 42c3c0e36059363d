#include "server/sessions.hpp"

#include "core/sha256.hpp"
#include "server/password.hpp"

namespace lens::server {

NewSession start_session(AccountStore& accounts, std::int64_t user_id, std::int64_t now) {
  NewSession s{random_token_hex(32), random_token_hex(32)};
  accounts.add_session({sha256_hex(s.token), user_id, s.csrf_token, now, now});
  return s;
}

std::optional<SessionRecord> find_session(AccountStore& accounts, const std::string& token,
                                          std::int64_t now, const SessionPolicy& policy) {
  if (token.size() != 64) return std::nullopt;
  std::string key = sha256_hex(token);
  auto s = accounts.session(key);
  if (!s) return std::nullopt;
  if (now - s->last_seen_at >= policy.idle_seconds ||
      now - s->created_at >= policy.absolute_seconds) {
    accounts.remove_session(key);
    return std::nullopt;
  }
  if (now - s->last_seen_at >= policy.touch_every_seconds) {
    accounts.touch_session(key, now);
    s->last_seen_at = now;
  }
  return s;
}

void end_session(AccountStore& accounts, const std::string& token) {
  if (!token.empty()) accounts.remove_session(sha256_hex(token));
}

}  // namespace lens::server
