// login_throttle.hpp — slows down password guessing: after `per_user` failed sign-ins for one
// user name, or `per_address` from one address, within `window_seconds`, further attempts are
// refused (without checking the password) until the window has passed. A refused attempt is
// not counted, so waiting always works; a success does not wipe earlier failures.
#pragma once

#include <cstdint>
#include <string>

#include "store/accounts.hpp"

namespace lens::server {

struct ThrottlePolicy {
  int per_user = 5;
  int per_address = 20;
  std::int64_t window_seconds = 15 * 60;
};

// True when this attempt must be refused.
bool login_throttled(const AccountStore& accounts, const std::string& username,
                     const std::string& address, std::int64_t now, const ThrottlePolicy& policy);

}  // namespace lens::server
