// Account management for `admin`: users, their organisation and roles, password resets,
// organisations, and the audit log with the state of its chain.
#include <fmt/core.h>

#include "core/number_format.hpp"
#include "server/password.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {
namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string kind_name(const std::string& code) {
  for (const auto& k : organisation_kinds())
    if (k.code == code) return k.name;
  return code;
}

nlohmann::json role_choices(const std::vector<std::string>& held) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : roles())
    out.push_back({{"name", r.name},
                   {"description", r.description},
                   {"checked", std::find(held.begin(), held.end(), r.name) != held.end()}});
  return out;
}

// The roles ticked on a form, in the order of roles(); unknown names are dropped.
std::vector<std::string> ticked_roles(const Context& ctx) {
  std::vector<std::string> out;
  auto count = ctx.req.get_param_value_count("roles");
  for (std::size_t i = 0; i < count; ++i) {
    std::string r = ctx.req.get_param_value("roles", i);
    if (is_role(r)) out.push_back(r);
  }
  return out;
}

nlohmann::json users_page(Context& ctx) {
  auto& accounts = ctx.store().accounts();
  auto orgs = accounts.organisations();
  nlohmann::json users = nlohmann::json::array();
  for (const auto& u : accounts.users()) {
    std::string org;
    for (const auto& o : orgs)
      if (o.id == u.organisation_id) org = o.name;
    users.push_back({{"id", std::to_string(u.id)},
                     {"username", u.username},
                     {"display_name", u.display_name},
                     {"organisation", org},
                     {"roles", join(u.roles, ", ")},
                     {"active", u.active}});
  }
  nlohmann::json org_choices = nlohmann::json::array();
  for (const auto& o : orgs) org_choices.push_back({{"id", std::to_string(o.id)}, {"name", o.name}});
  return {{"title", "Users"},
          {"csrf", ctx.session->csrf_token},
          {"users", users},
          {"organisations", org_choices},
          {"roles", role_choices({})}};
}

bool valid_username(const std::string& u) {
  if (u.empty() || u.size() > 64) return false;
  for (char c : u)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_'))
      return false;
  return true;
}

void show_user(Context& ctx, const User& u, nlohmann::json extra = {}) {
  auto org = ctx.store().accounts().organisation(u.organisation_id);
  nlohmann::json data{{"title", "User " + u.username},
                      {"csrf", ctx.session->csrf_token},
                      {"id", std::to_string(u.id)},
                      {"username", u.username},
                      {"display_name", u.display_name},
                      {"organisation", org ? org->name : ""},
                      {"active", u.active},
                      {"created_at", u.created_at},
                      {"roles", role_choices(u.roles)}};
  for (auto& [k, v] : extra.items()) data[k] = v;
  ctx.page("admin_user", std::move(data));
}

}  // namespace

void add_admin_routes(Site& site) {
  RouteRule admin = RouteRule::needs(Permission::ManageAccounts);

  site.get("/admin/users", admin, [](Context& ctx) { ctx.page("admin_users", users_page(ctx)); });

  site.post("/admin/users", admin, [](Context& ctx) {
    auto& accounts = ctx.store().accounts();
    User u;
    u.username = ctx.param("username");
    u.display_name = ctx.param("display_name");
    u.roles = ticked_roles(ctx);
    u.must_change_password = true;
    nlohmann::json data = users_page(ctx);
    data["form"] = {{"username", u.username}, {"display_name", u.display_name}};
    data["roles"] = role_choices(u.roles);
    try {
      u.organisation_id = std::stoll(ctx.param("organisation"));
    } catch (const std::exception&) {
      u.organisation_id = 0;
    }
    if (!valid_username(u.username))
      add_error(data, "username",
                "Enter a user name of letters, digits, dots, hyphens or underscores (at most 64)");
    else if (accounts.user_by_name(u.username))
      add_error(data, "username", "There is already a user called " + u.username);
    if (u.display_name.empty()) add_error(data, "display_name", "Enter the person's name");
    if (!accounts.organisation(u.organisation_id))
      add_error(data, "organisation", "Choose the organisation the person works for");
    if (u.roles.empty()) add_error(data, "roles", "Choose at least one role");
    if (data.contains("errors")) return ctx.page("admin_users", std::move(data), 400);
    std::string password = random_password();
    u.id = accounts.add_user(u, hash_password(password));
    ctx.audit("user.create", "user/" + u.username, "", "ok: roles " + join(u.roles, ","));
    show_user(ctx, *accounts.user(u.id), {{"one_off_password", password}});
  });

  site.get(R"(/admin/users/(\d+))", admin, [](Context& ctx) {
    auto u = ctx.store().accounts().user(std::stoll(ctx.match(1)));
    if (!u) return ctx.error_page(404, "Page not found", "There is no such user.");
    show_user(ctx, *u);
  });

  site.post(R"(/admin/users/(\d+)/roles)", admin, [](Context& ctx) {
    auto& accounts = ctx.store().accounts();
    auto u = accounts.user(std::stoll(ctx.match(1)));
    if (!u) return ctx.error_page(404, "Page not found", "There is no such user.");
    auto roles = ticked_roles(ctx);
    bool active = ctx.param("active") == "yes";
    if (u->id == ctx.who->user.id &&
        (!active || std::find(roles.begin(), roles.end(), "admin") == roles.end()))
      return show_user(ctx, *u,
                       {{"has_errors", true},
                        {"errors", {{{"field", "roles"},
                                     {"message", "You cannot remove your own admin role or "
                                                 "deactivate yourself; ask another admin"}}}}});
    accounts.set_roles(u->id, roles);
    accounts.set_active(u->id, active);
    if (!active) accounts.remove_sessions_of(u->id);
    ctx.audit("user.update", "user/" + u->username, "",
              fmt::format("ok: roles {}; {}", join(roles, ","), active ? "active" : "inactive"));
    ctx.redirect("/admin/users/" + std::to_string(u->id) + "?saved=1");
  });

  site.post(R"(/admin/users/(\d+)/password)", admin, [](Context& ctx) {
    auto& accounts = ctx.store().accounts();
    auto u = accounts.user(std::stoll(ctx.match(1)));
    if (!u) return ctx.error_page(404, "Page not found", "There is no such user.");
    std::string password = random_password();
    accounts.set_password_hash(u->id, hash_password(password), true);
    accounts.remove_sessions_of(u->id);
    ctx.audit("user.password_reset", "user/" + u->username, "", "ok");
    show_user(ctx, *accounts.user(u->id), {{"one_off_password", password}});
  });

  auto orgs_page = [](Context& ctx) {
    nlohmann::json orgs = nlohmann::json::array();
    for (const auto& o : ctx.store().accounts().organisations())
      orgs.push_back({{"name", o.name}, {"kind", kind_name(o.kind)}, {"la", o.la}});
    nlohmann::json kinds = nlohmann::json::array();
    for (const auto& k : organisation_kinds()) kinds.push_back({{"code", k.code}, {"name", k.name}});
    return nlohmann::json{{"title", "Organisations"},
                          {"csrf", ctx.session->csrf_token},
                          {"organisations", orgs},
                          {"kinds", kinds}};
  };

  site.get("/admin/organisations", admin,
           [orgs_page](Context& ctx) { ctx.page("admin_organisations", orgs_page(ctx)); });

  site.post("/admin/organisations", admin, [orgs_page](Context& ctx) {
    Organisation o{0, ctx.param("name"), ctx.param("kind"), ctx.param("la")};
    nlohmann::json data = orgs_page(ctx);
    data["form"] = {{"name", o.name}, {"la", o.la}};
    if (o.name.empty() || o.name.size() > 200)
      add_error(data, "name", "Enter the organisation's name (at most 200 characters)");
    if (!is_organisation_kind(o.kind)) add_error(data, "kind", "Choose what kind of organisation it is");
    if (!o.la.empty() &&
        (o.la.size() != 3 || o.la.find_first_not_of("0123456789") != std::string::npos))
      add_error(data, "la", "Enter the DfE local authority number as 3 digits, or leave it empty");
    if (!data.contains("errors")) {
      try {
        ctx.store().accounts().add_organisation(o);
        ctx.audit("organisation.create", "organisation/" + o.name, "", "ok");
        return ctx.redirect("/admin/organisations");
      } catch (const StoreError& e) {
        add_error(data, "name", e.what());
      }
    }
    ctx.page("admin_organisations", std::move(data), 400);
  });

  site.get("/admin/audit", RouteRule::needs(Permission::ViewAuditLog), [](Context& ctx) {
    auto v = verify_audit_chain(ctx.store().audit());
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& e : ctx.store().audit().recent(200))
      entries.push_back({{"seq", with_thousands(e.seq)},
                         {"at", e.at},
                         {"username", e.event.username},
                         {"organisation", e.event.organisation},
                         {"action", e.event.action},
                         {"record", e.event.record},
                         {"reason", e.event.reason},
                         {"outcome", e.event.outcome}});
    ctx.page("admin_audit", {{"title", "Audit log"},
                             {"intact", v.intact},
                             {"entries_count", with_thousands(v.entries)},
                             {"last_hash", v.last_hash},
                             {"problem", v.problem},
                             {"entries", entries}});
  });
}

}  // namespace lens::server
