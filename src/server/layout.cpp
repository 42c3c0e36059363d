#include "server/layout.hpp"

#include "server/site.hpp"

namespace lens::server {

nlohmann::json layout_data(const Context& ctx, const nlohmann::json& page) {
  nlohmann::json d;
  d["title"] = page.value("title", std::string("Lens"));
  d["charts"] = page.value("charts", false);
  if (ctx.who) {
    d["user"] = {{"name", ctx.who->user.display_name.empty() ? ctx.who->user.username
                                                               : ctx.who->user.display_name},
                 {"organisation", ctx.who->organisation.name}};
    d["csrf"] = ctx.session ? ctx.session->csrf_token : "";
    struct Item {
      const char* href;
      const char* text;
      Permission need;
    };
    static const Item items[] = {
        {"/", "Dashboard", Permission::ViewAggregates},
        {"/children", "Children", Permission::ViewChildren},
        {"/timescales", "Timescales", Permission::ViewChildren},
        {"/data", "Data", Permission::ImportData},
        {"/admin/users", "Users", Permission::ManageAccounts},
        {"/admin/organisations", "Organisations", Permission::ManageAccounts},
        {"/admin/audit", "Audit log", Permission::ViewAuditLog},
    };
    nlohmann::json nav = nlohmann::json::array();
    const std::string& path = ctx.req.path;
    for (const auto& i : items) {
      if (!ctx.can(i.need)) continue;
      std::string href = i.href;
      bool current = href == "/" ? (path == "/" || path == "/exceptions" || path.rfind("/indicators", 0) == 0)
                                 : path.rfind(href, 0) == 0;
      nav.push_back({{"href", href}, {"text", i.text}, {"current", current}});
    }
    d["nav"] = nav;
  }
  return d;
}

}  // namespace lens::server
