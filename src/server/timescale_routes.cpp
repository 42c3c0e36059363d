// Timescales: what is due and overdue for the user's own authority's children, by rule and
// status, as a page and as CSV; the page also names the timescales the data Lens holds cannot
// answer.
#include <fmt/core.h>

#include "core/number_format.hpp"
#include "server/format.hpp"
#include "server/routes.hpp"
#include "server/timescale_view.hpp"

namespace lens::server {

void add_timescale_routes(Site& site) {
  site.get("/timescales", RouteRule::needs(Permission::ViewChildren), [](Context& ctx) {
    std::string error;
    auto q = read_timescale_query(ctx, error);
    if (!q) return ctx.error_page(400, "Check the filters", error);
    auto items = due_items(ctx.store(), *q);
    std::string record = fmt::format("timescales/{}?rule={}&status={}&as_at={}", q->la, q->rule,
                                     q->status, q->as_at.iso());
    if (ctx.param("format") == "csv") {
      ctx.audit("timescales.export", record, "", fmt::format("ok: {} rows", items.size()));
      ctx.res.set_header("Content-Disposition",
                         "attachment; filename=\"timescales-" + q->la + "-" + q->as_at.iso() + ".csv\"");
      ctx.res.set_content(due_items_csv(items), "text/csv; charset=utf-8");
      return;
    }
    ctx.audit("timescales.view", record, "", fmt::format("ok: {} rows", items.size()));
    int overdue = 0;
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& i : items) {
      overdue += i.overdue ? 1 : 0;
      auto j = due_item_json(i);
      j["href"] = "/children/" + i.la + "/" + url_encode(i.child_id);
      j["start_text"] = people_date(i.deadline.start);
      j["due_text"] = people_date(i.deadline.due);
      j["days_overdue_text"] = with_thousands(i.days_overdue);
      rows.push_back(j);
    }
    nlohmann::json rules = nlohmann::json::array();
    for (const auto* r : timescales::timescale_rules())
      rules.push_back({{"id", r->id}, {"title", r->title}, {"selected", r->id == q->rule}});
    nlohmann::json unrecorded = nlohmann::json::array();
    for (const auto& u : timescales::unrecorded_timescales())
      unrecorded.push_back({{"title", u.title}, {"source", u.source}, {"why", u.why}});
    std::string query = fmt::format("rule={}&status={}&as_at={}", url_encode(q->rule),
                                    url_encode(q->status), q->as_at.iso());
    ctx.page("timescales",
             {{"title", "Timescales"},
              {"la", q->la},
              {"no_la", q->la.empty()},
              {"as_at", q->as_at.iso()},
              {"as_at_text", people_date(q->as_at)},
              {"rules", rules},
              {"has_unrecorded", !unrecorded.empty()},
              {"unrecorded", unrecorded},
              {"status_all", q->status == "all"},
              {"status_overdue", q->status == "overdue"},
              {"status_due", q->status == "due"},
              {"items", rows},
              {"none", rows.empty()},
              {"count", with_thousands(static_cast<std::int64_t>(items.size()))},
              {"overdue_count", with_thousands(overdue)},
              {"csv_href", "/timescales?" + query + "&format=csv"}});
  });
}

}  // namespace lens::server
