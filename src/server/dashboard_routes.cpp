// Dashboard: the authorities in the store and their latest census. The indicator dashboard
// comes with the measures engine.
#include "core/number_format.hpp"
#include "server/format.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {

void add_dashboard_routes(Site& site) {
  site.get("/", RouteRule::signed_in(), [](Context& ctx) {
    if (!ctx.can(Permission::ViewAggregates)) {
      // Start where the user's roles lead.
      if (ctx.can(Permission::ViewChildren)) return ctx.redirect("/children");
      if (ctx.can(Permission::ImportData)) return ctx.redirect("/data");
      if (ctx.can(Permission::ManageAccounts)) return ctx.redirect("/admin/users");
      return ctx.error_page(403, "You do not have access to any pages yet",
                            "Ask your administrator to give you a role.");
    }
    nlohmann::json las = nlohmann::json::array();
    for (const auto& la : ctx.store().authorities()) {
      auto h = ctx.store().census_header(la);
      las.push_back({{"la", la},
                     {"year", h ? std::to_string(h->collection_year) : ""},
                     {"reference", h ? people_date(h->reference_date) : ""},
                     {"children", with_thousands(ctx.store().count_children(la))}});
    }
    ctx.page("dashboard", {{"title", "Dashboard"}, {"authorities", las}});
  });
}

}  // namespace lens::server
