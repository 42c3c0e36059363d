// routes.hpp — the groups of pages and API routes; each group is one file that adds its routes
// to the site. web_server.cpp adds them all.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace lens::server {

class Site;
class MeasuresService;  // measures_service.hpp: one per site, shared by the pages and the API

void add_auth_routes(Site& site);       // /login, /logout, /account/password
void add_admin_routes(Site& site);      // /admin/users, /admin/organisations, /admin/audit
void add_children_routes(Site& site);   // /children, /children/{la}/{child_id}
void add_data_routes(Site& site);       // /data: uploads and the import history
void add_dashboard_routes(Site& site, std::shared_ptr<MeasuresService> measures);  // /, /exceptions
void add_indicator_routes(Site& site, std::shared_ptr<MeasuresService> measures);  // /indicators/{id}[/children]
void add_timescale_routes(Site& site);  // /timescales
void add_api_routes(Site& site, std::shared_ptr<MeasuresService> measures);  // /api/v1/...

// Adds a form error ({field, message}) to page data for the error summary.
inline void add_error(nlohmann::json& data, const std::string& field, const std::string& message) {
  data["errors"].push_back({{"field", field}, {"message", message}});
  data["has_errors"] = true;
  data["error_" + field] = message;
}

}  // namespace lens::server
