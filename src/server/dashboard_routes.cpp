// Dashboard (/) and exceptions (/exceptions): every registered indicator for a chosen area,
// period and comparator set, as the scorecard computes it (measures/scorecard.hpp): value,
// numerator and denominator, target and RAG, last period and direction, comparators, and a
// five-year trend; the exceptions page lists what is red or worse than every comparator. The
// snapshot comes from the MeasuresService (cached, rebuilt after imports). Users without
// aggregate access are sent where their roles lead.
#include <fmt/core.h>

#include "core/number_format.hpp"
#include "measures/scorecard.hpp"
#include "server/format.hpp"
#include "server/measures_page.hpp"
#include "server/measures_view.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {
namespace {

using ojson = nlohmann::ordered_json;

nlohmann::json comparator_headings(const MeasuresQuery& q) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& key : q.comparators)
    for (const auto& c : comparator_choices())
      if (key == c.key) out.push_back({{"heading", c.heading}});
  return out;
}

// The page body for a request: the same for everyone asking the same of the same snapshot with
// the same access to small numbers, so it is kept with the snapshot (MeasuresService::page_body).
std::string dashboard_body(Context& ctx, MeasuresService& measures, MeasuresPage& page, bool child_level) {
  const MeasuresQuery& q = page.query;
  const auto card_for = [&](const measures::Request& r) { return measures.scorecard(page.snapshot, r); };
  const measures::Scorecard& card = *card_for(q.request);
  const ojson json = scorecard_json(card, child_level);
  const Trend trend = five_year_trend(*page.snapshot, q.request, card_for, child_level);
  const std::string link = q.link_query();

  // One table per section of the spec, in the registry's order.
  nlohmann::json sections = nlohmann::json::array();
  nlohmann::json trends = nlohmann::json::array();
  std::string current;
  for (std::size_t k = 0; k < json["indicators"].size(); ++k) {
    const ojson& i = json["indicators"][k];
    const std::string section = section_title(card.indicators[k].result.indicator->order);
    if (sections.empty() || section != current) {
      sections.push_back({{"title", section}, {"id", "section-" + std::to_string(sections.size() + 1)}, {"rows", nlohmann::json::array()}});
      current = section;
    }
    sections.back()["rows"].push_back(indicator_row(i, q.comparators, link));
    nlohmann::json t = trend_table(trend, k, card.area.name, q.comparators, "trend-");
    t["href"] = "/indicators/" + i.value("id", "") + "?" + link;
    t["title"] = i.value("title", "");
    t["caption_hidden"] = true;  // the tile's heading says it; the caption stays for screen readers
    trends.push_back(std::move(t));
  }
  nlohmann::json data = page.data;
  describe_scorecard(data, card, json);
  data["sections"] = sections;
  data["comparator_headings"] = comparator_headings(q);
  data["trends"] = trends;
  data["trend_first"] = trend.years.front().label;
  data["trend_last"] = trend.years.back().label;
  const std::size_t exceptions = json["exceptions"].size();
  data["exceptions"] = exceptions > 0;
  data["exceptions_text"] = exceptions == 1 ? std::string("1 indicator is an exception")
                                            : with_thousands(static_cast<std::int64_t>(exceptions)) + " indicators are exceptions";
  data["exceptions_href"] = "/exceptions?" + link;
  return ctx.site().templates().render("dashboard", data);
}

void dashboard(Context& ctx, MeasuresService& measures) {
  auto page = open_measures_page(ctx, measures, "/");
  page.data["title"] = "Dashboard";
  if (!page.ready) return ctx.page("dashboard", std::move(page.data), page.status);
  const bool child_level = ctx.can(Permission::ViewChildren);
  std::string key = "dashboard|" + MeasuresService::request_key(page.query.request) + "|" + (child_level ? "child" : "aggregate");
  for (const auto& c : page.query.comparators) key += "|" + c;
  auto body = measures.page_body(page.snapshot, key, [&] { return dashboard_body(ctx, measures, page, child_level); });
  ctx.page("measures_body", {{"title", "Dashboard"}, {"charts", true}, {"html", *body}});
}

void exceptions(Context& ctx, MeasuresService& measures) {
  auto page = open_measures_page(ctx, measures, "/exceptions");
  page.data["title"] = "Exceptions";
  if (!page.ready) return ctx.page("exceptions", std::move(page.data), page.status);
  const MeasuresQuery& q = page.query;
  const auto card_ptr = measures.scorecard(page.snapshot, q.request);
  const measures::Scorecard& card = *card_ptr;
  const ojson json = scorecard_json(card, ctx.can(Permission::ViewChildren));
  const std::string link = q.link_query();
  describe_scorecard(page.data, card, json);
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& e : json["exceptions"]) {
    for (const auto& i : json["indicators"]) {
      if (i["id"] != e["id"]) continue;
      nlohmann::json row = indicator_row(i, q.comparators, link);
      std::string why;
      for (const auto& r : e["reasons"]) why += (why.empty() ? "" : "; ") + r.get<std::string>();
      row["why"] = capitalised(why);
      rows.push_back(std::move(row));
    }
  }
  page.data["rows"] = rows;
  page.data["none"] = rows.empty();
  page.data["count_text"] = rows.size() == 1 ? std::string("1 indicator needs attention.")
                                              : with_thousands(static_cast<std::int64_t>(rows.size())) +
                                                    " indicators need attention.";
  page.data["comparator_headings"] = comparator_headings(q);
  page.data["dashboard_href"] = "/?" + link;
  ctx.page("exceptions", std::move(page.data));
}

}  // namespace

void add_dashboard_routes(Site& site, std::shared_ptr<MeasuresService> measures) {
  site.get("/", RouteRule::signed_in(), [measures](Context& ctx) {
    if (!ctx.can(Permission::ViewAggregates)) {
      // Start where the user's roles lead.
      if (ctx.can(Permission::ViewChildren)) return ctx.redirect("/children");
      if (ctx.can(Permission::ImportData)) return ctx.redirect("/data");
      if (ctx.can(Permission::ManageAccounts)) return ctx.redirect("/admin/users");
      return ctx.error_page(403, "You do not have access to any pages yet",
                            "Ask your administrator to give you a role.");
    }
    dashboard(ctx, *measures);
  });
  site.get("/exceptions", RouteRule::needs(Permission::ViewAggregates),
           [measures](Context& ctx) { exceptions(ctx, *measures); });
}

}  // namespace lens::server
