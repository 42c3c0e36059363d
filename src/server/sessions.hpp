// sessions.hpp — signed-in sessions: a random 256-bit token in the cookie, its SHA-256 in the
// store, a CSRF token per session, and idle and absolute expiry.
//
// A session ends when it has been idle for `idle_seconds`, when it is `absolute_seconds` old,
// or on sign-out; an expired session found on a request is deleted. Last-seen times are written
// at most once every `touch_every_seconds`, so reading pages does not write to the store on
// every request. Times are seconds since 1970 UTC from the caller's clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/accounts.hpp"

namespace lens::server {

struct SessionPolicy {
  std::int64_t idle_seconds = 30 * 60;
  std::int64_t absolute_seconds = 12 * 60 * 60;
  std::int64_t touch_every_seconds = 60;
};

struct NewSession {
  std::string token;  // goes in the cookie, never stored
  std::string csrf_token;
};

NewSession start_session(AccountStore& accounts, std::int64_t user_id, std::int64_t now);
// The live session for a cookie token, or nullopt (unknown, expired — and then removed).
std::optional<SessionRecord> find_session(AccountStore& accounts, const std::string& token,
                                          std::int64_t now, const SessionPolicy& policy);
void end_session(AccountStore& accounts, const std::string& token);

}  // namespace lens::server
