// The JSON API (/api/v1/): the same data and the same access rules as the pages, read-only,
// for the signed-in session. Documented by web/api/openapi.json, served at
// /api/v1/openapi.json. Every child-level answer is audited like the page it mirrors.
#include <fmt/core.h>

#include <fstream>
#include <sstream>

#include "measures/scorecard.hpp"
#include "server/child_view.hpp"
#include "server/measures_query.hpp"
#include "server/measures_service.hpp"
#include "server/measures_view.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"
#include "server/timescale_view.hpp"

namespace lens::server {
namespace {

constexpr int kSearchLimit = 200;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void child_record(Context& ctx, bool chronology_only) {
  std::string la = ctx.match(1), id = ctx.match(2);
  std::string record = "child/" + la + "/" + id;
  auto access = child_access_now(ctx, la, id);
  if (access != ChildAccess::Allowed) {
    ctx.audit("child.view", record, "", "refused: no reason given (api)");
    return ctx.json({{"error",
                      "this child is not known to your organisation: give a reason on the "
                      "child's page first"},
                     {"reason_needed", true},
                     {"page", "/children/" + la + "/" + id}},
                    403);
  }
  auto records = find_child_records(ctx.store(), la, id);
  if (!records) return ctx.json({{"error", "no such child"}}, 404);
  ctx.audit("child.view", record, "", "ok (api)");
  nlohmann::json full = child_json(*records, ctx.param("type"), ctx.param("agency"));
  nlohmann::json events = nlohmann::json::array();
  for (auto e : full["events"]) {
    e.erase("date_text");
    e.erase("part_of");
    events.push_back(e);
  }
  if (chronology_only)
    return ctx.json({{"la", la}, {"child_id", id}, {"events", events}});
  const Child& child = records->cin;
  ctx.json({{"la", la},
            {"child_id", id},
            {"upn", full["upn"]},
            {"birth_date", child.birth ? nlohmann::json(child.birth->iso()) : nlohmann::json()},
            {"gender", child.gender},
            {"ethnicity", child.ethnicity},
            {"disabilities", child.disabilities},
            {"episodes", child.episodes.size()},
            {"periods_of_care", records->looked_after ? full["looked_after"]["periods_of_care"]
                                                      : nlohmann::json(0)},
            {"chronology", events}});
}

}  // namespace

void add_api_routes(Site& site, std::shared_ptr<MeasuresService> measures) {
  std::string spec_path = site.options().web_root + "/api/openapi.json";
  site.get("/api/v1/openapi.json", RouteRule::open(), [spec_path](Context& ctx) {
    std::string spec = read_file(spec_path);
    if (spec.empty()) return ctx.json({{"error", "the API description is missing"}}, 500);
    ctx.res.set_content(spec, "application/json");
  });

  RouteRule children = RouteRule::api_needs(Permission::ViewChildren);
  site.get("/api/v1/children", children, [](Context& ctx) {
    std::string q = ctx.param("q");
    if (q.empty()) return ctx.json({{"error", "give ?q= (LA child id, UPN or date of birth)"}}, 400);
    auto found = ctx.store().search_children(q, kSearchLimit + 1);
    bool more = found.size() > static_cast<std::size_t>(kSearchLimit);
    if (more) found.pop_back();
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : found)
      out.push_back({{"la", c.la},
                     {"child_id", c.la_child_id},
                     {"upn", c.upn},
                     {"birth_date", c.birth ? nlohmann::json(c.birth->iso()) : nlohmann::json()},
                     {"gender", c.gender},
                     {"episodes", c.episodes},
                     {"latest_referral", c.latest_referral ? nlohmann::json(c.latest_referral->iso())
                                                           : nlohmann::json()},
                     {"reason_needed", child_access(*ctx.who, c.la) != ChildAccess::Allowed}});
    ctx.audit("child.search", "children?q=" + q, "", fmt::format("ok: {} found (api)", found.size()));
    ctx.json({{"children", out}, {"more", more}});
  });
  site.get(R"(/api/v1/children/(\d{3})/([^/]+)/chronology)", children,
           [](Context& ctx) { child_record(ctx, true); });
  site.get(R"(/api/v1/children/(\d{3})/([^/]+))", children,
           [](Context& ctx) { child_record(ctx, false); });

  site.get("/api/v1/timescales", children, [](Context& ctx) {
    std::string error;
    auto q = read_timescale_query(ctx, error);
    if (!q) return ctx.json({{"error", error}}, 400);
    auto items = due_items(ctx.store(), *q);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& i : items) out.push_back(due_item_json(i));
    ctx.audit("timescales.view", "timescales/" + q->la, "", fmt::format("ok: {} rows (api)", items.size()));
    ctx.json({{"la", q->la}, {"as_at", q->as_at.iso()}, {"items", out}});
  });

  // The scorecard exactly as `lens measures --format json` writes it (measures/output.hpp), with
  // small numbers suppressed for users without child-level access, as on the pages.
  site.get("/api/v1/measures", RouteRule::api_needs(Permission::ViewAggregates), [measures](Context& ctx) {
    auto snapshot = measures->snapshot(ctx.store());
    if (snapshot->authorities().empty()) return ctx.json({{"error", "Lens holds no records yet"}}, 404);
    MeasuresQuery q = read_measures_query(ctx, ctx.store(), *snapshot, measures->reference().directory);
    if (!q.error.empty()) return ctx.json({{"error", q.error}, {"parameter", q.error_field}}, 400);
    auto card = measures->scorecard(snapshot, q.request);
    ctx.res.status = 200;
    ctx.res.set_content(scorecard_json(*card, ctx.can(Permission::ViewChildren)).dump(), "application/json");
  });

  site.get("/api/v1/imports", RouteRule::api_needs(Permission::ImportData), [](Context& ctx) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& i : ctx.store().imports())
      out.push_back({{"id", i.id},
                     {"imported_at", i.imported_at},
                     {"file_name", i.file_name},
                     {"sha256", i.sha256},
                     {"la", i.la},
                     {"collection_year", i.collection_year},
                     {"reference_date", i.reference_date ? nlohmann::json(i.reference_date->iso())
                                                         : nlohmann::json()},
                     {"children", i.children},
                     {"episodes", i.episodes},
                     {"imported_by", i.imported_by},
                     {"outcome", i.outcome}});
    ctx.json({{"imports", out}});
  });
}

}  // namespace lens::server
