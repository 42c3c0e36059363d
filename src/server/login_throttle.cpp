#include "server/login_throttle.hpp"

namespace lens::server {

bool login_throttled(const AccountStore& accounts, const std::string& username,
                     const std::string& address, std::int64_t now, const ThrottlePolicy& policy) {
  std::int64_t since = now - policy.window_seconds + 1;
  return accounts.failed_logins_for_user(username, since) >= policy.per_user ||
         accounts.failed_logins_from(address, since) >= policy.per_address;
}

}  // namespace lens::server
