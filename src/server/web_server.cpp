#include "server/web_server.hpp"

#include <cstdlib>

#include "server/measures_service.hpp"
#include "server/password.hpp"
#include "server/routes.hpp"

namespace lens::server {

std::unique_ptr<Site> make_web_server(ServerOptions options) {
  auto site = std::make_unique<Site>(std::move(options));
  auto measures = std::make_shared<MeasuresService>(site->options().targets_file);
  add_auth_routes(*site);
  add_admin_routes(*site);
  add_children_routes(*site);
  add_data_routes(*site);
  add_dashboard_routes(*site, measures);
  add_indicator_routes(*site, measures);
  add_timescale_routes(*site);
  add_api_routes(*site, measures);
  return site;
}

std::string reset_admin(Store& store, const std::string& by) {
  auto& accounts = store.accounts();
  std::string password = random_password();
  std::string hash = hash_password(password);
  if (auto admin = accounts.user_by_name("admin")) {
    accounts.set_password_hash(admin->id, hash, true);
    accounts.set_roles(admin->id, admin->roles.empty() ? std::vector<std::string>{"admin"}
                                                       : admin->roles);
    accounts.set_active(admin->id, true);
    accounts.remove_sessions_of(admin->id);
    store.audit().append({by, "", "user.password_reset", "user/admin", "", "ok"});
    return password;
  }
  std::int64_t org_id = 0;
  for (const auto& o : accounts.organisations())
    if (o.kind == "partnership_unit") org_id = o.id;
  if (org_id == 0)
    org_id = accounts.add_organisation({0, "Partnership business unit", "partnership_unit", ""});
  User admin;
  admin.username = "admin";
  admin.display_name = "Administrator";
  admin.organisation_id = org_id;
  admin.roles = {"admin"};
  admin.must_change_password = true;
  accounts.add_user(admin, hash);
  store.audit().append({by, "", "user.create", "user/admin", "", "ok: roles admin"});
  return password;
}

bool has_no_users(Store& store) { return store.accounts().users().empty(); }

bool is_loopback_address(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

std::string default_web_root() {
  if (const char* env = std::getenv("LENS_WEB_ROOT"); env && *env) return env;
  return std::string(LENS_SOURCE_DIR) + "/web";
}

}  // namespace lens::server
