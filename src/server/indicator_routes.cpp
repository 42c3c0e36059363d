// An indicator's page (/indicators/{id}): its definition, its figures for the chosen area and
// period with every comparator, a table (and chart) for each breakdown it declares, and its
// five-year trend. For users whose roles allow child-level data, the children behind the figure
// (/indicators/{id}/children): each listing, or refusal, is audited like a child's record, and
// only the children of the authority the user's organisation works with are named.
#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "core/number_format.hpp"
#include "measures/members.hpp"
#include "measures/output.hpp"
#include "measures/scorecard.hpp"
#include "server/format.hpp"
#include "server/measures_page.hpp"
#include "server/measures_view.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {
namespace {

using namespace lens::measures;
using ojson = nlohmann::ordered_json;

constexpr std::size_t kChildrenShown = 2000;

// A figure's numerator or denominator for people.
std::string count_of(const ojson& figure, const char* key) {
  const ojson& v = figure[key];
  if (v.is_number_integer()) return with_thousands(v.get<std::int64_t>());
  return figure.value("suppressed", false) ? "suppressed" : "—";
}

// "Age band" → "age band", for the middle of a sentence.
std::string lowercase_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

std::string denominator_label(Unit unit) {
  switch (unit) {
    case Unit::Percent: return "Denominator";
    case Unit::Per10k: return "Children aged 0 to 17 (ONS mid-year estimate)";
    case Unit::Days:
    case Unit::WorkingDays: return "Items averaged";
    case Unit::Count: return "";
  }
  return "";
}

std::string numerator_label(Unit unit) {
  switch (unit) {
    case Unit::Percent: return "Numerator";
    case Unit::Per10k: return "Count";
    case Unit::Days: return "Total days";
    case Unit::WorkingDays: return "Total working days";
    case Unit::Count: return "Count";
  }
  return "";
}

// The figures of the indicator as a summary list: {key, value} rows.
nlohmann::json figures(const Indicator& ind, const ojson& i, const std::string& previous) {
  nlohmann::json rows = nlohmann::json::array();
  auto add = [&](const std::string& key, const std::string& value) { rows.push_back({{"key", key}, {"value", value}}); };
  add("Value", value_text(ind.unit, i));
  add(numerator_label(ind.unit), count_of(i, "numerator"));
  if (ind.unit != Unit::Count) add(denominator_label(ind.unit), count_of(i, "denominator"));
  if (i.contains("median")) add("Median", i.value("suppressed", false) ? "suppressed" : format_value(ind.unit, number(i["median"])));
  if (i["last"].is_object()) {
    std::string last = value_text(ind.unit, i["last"]);
    if (i["direction"].is_string()) last += ": " + i["direction"].get<std::string>();
    if (i["progress"].is_string()) last += ", " + i["progress"].get<std::string>();
    add("Last period (" + previous + ")", last);
  } else {
    add("Last period (" + previous + ")", "Not held");
  }
  if (i["target"].is_object()) {
    const auto& t = i["target"];
    std::string text = format_value(ind.unit, number(t["target"]));
    if (auto tol = number(t["tolerance"]); tol && *tol > 0)
      text += ", amber within " +
              (ind.unit == Unit::Percent ? one_decimal(*tol) + " percentage points" : format_value(ind.unit, tol)) +
              " of it";
    add("Target", text);
    const std::string source = t.value("source", "");
    if (!source.empty()) add("Where the target comes from", source);
  } else {
    add("Target", "None set");
  }
  return rows;
}

// Every breakdown the result carries, as tables a bar chart is drawn from.
nlohmann::json breakdown_tables(const Indicator& ind, const ojson& i) {
  nlohmann::json out = nlohmann::json::array();
  if (!i.contains("breakdown")) return out;
  for (const auto& [name, rows] : i["breakdown"].items()) {
    auto dim = dim_from_name(name);
    nlohmann::json table;
    table["id"] = "breakdown-" + name;
    std::string by = dim ? std::string(dim_title(*dim)) : name;
    table["heading"] = "By " + lowercase_first(by);
    table["caption"] = fmt::format("{} by {}", ind.title, lowercase_first(by));
    table["count"] = ind.unit == Unit::Count;
    table["value_heading"] = ind.unit == Unit::Count ? "Count" : "Value";
    table["denominator_heading"] = ind.unit == Unit::Count ? "" : denominator_label(ind.unit);
    nlohmann::json body = nlohmann::json::array();
    for (const auto& r : rows) {
      const bool hidden = r.value("suppressed", false);
      auto v = number(r["value"]);
      nlohmann::json row = {{"label", r.value("label", "")},
                            {"value", hidden ? "suppressed" : format_value(ind.unit, v)},
                            {"chart_value", chart_value(ind.unit, r["value"])},
                            {"numerator", count_of(r, "numerator")},
                            {"denominator", count_of(r, "denominator")}};
      if (ind.unit == Unit::Count)
        row["share"] = hidden ? "suppressed" : r.contains("share") && r["share"].is_number() ? format_value(Unit::Percent, number(r["share"])) : "—";
      body.push_back(std::move(row));
    }
    table["rows"] = body;
    out.push_back(std::move(table));
  }
  return out;
}

nlohmann::json comparator_rows(const Indicator& ind, const ojson& i, const std::string& area_name) {
  nlohmann::json rows = nlohmann::json::array();
  rows.push_back({{"name", area_name + " (Lens)"}, {"value", value_text(ind.unit, i)}, {"source", "Computed by Lens from the records it holds"}});
  for (const auto& [key, c] : i["comparators"].items())
    rows.push_back({{"name", c.value("name", key)}, {"value", format_value(ind.unit, number(c["value"]))}, {"source", c.value("source", "")}});
  return rows;
}

void indicator_page(Context& ctx, MeasuresService& measures) {
  const std::string id = ctx.match(1);
  const Indicator* ind = find_indicator(id);
  if (!ind) return ctx.error_page(404, "Indicator not found", "There is no indicator called " + id + ".");
  auto page = open_measures_page(ctx, measures, "/indicators/" + id);
  nlohmann::json& data = page.data;
  data["title"] = std::string(ind->title);
  data["id"] = id;
  data["definition"] = definition_segments(ind->definition);
  data["benchmark"] = definition_segments(ind->benchmark);
  data["unit"] = unit_text(ind->unit);
  data["polarity"] = polarity_text(ind->polarity);
  if (!page.ready) return ctx.page("indicator", std::move(data), page.status);

  MeasuresQuery q = page.query;
  q.request.indicators = {ind};
  q.request.by = ind->breakdowns;
  const bool child_level = ctx.can(Permission::ViewChildren);
  const auto card_for = [&](const Request& r) { return measures.scorecard(page.snapshot, r); };
  const Scorecard& card = *card_for(q.request);
  const ojson json = scorecard_json(card, child_level);
  const ojson& i = json["indicators"][0];
  describe_scorecard(data, card, json);
  for (const auto& n : i["notes"]) data["notes"].push_back(capitalised(n.get<std::string>()) + ".");
  data["has_notes"] = !data["notes"].empty();

  const std::string link = q.link_query();
  data["charts"] = true;
  data["figures"] = figures(*ind, i, card.previous.label);
  const std::string rag = i["rag"].is_string() ? i["rag"].get<std::string>() : "";
  data["rag"] = capitalised(rag);
  data["rag_class"] = rag == "green" ? "govuk-tag--green" : rag == "amber" ? "govuk-tag--orange" : "govuk-tag--red";
  nlohmann::json reasons = nlohmann::json::array();
  for (const auto& e : json["exceptions"])
    for (const auto& r : e["reasons"]) reasons.push_back(capitalised(r.get<std::string>()));
  data["exception"] = !reasons.empty();
  data["exception_reasons"] = reasons;
  data["comparators"] = comparator_rows(*ind, i, card.area.name);
  data["no_comparators"] = i["comparators"].empty();
  data["comparators_for_years_only"] = !card.period.is_financial_year();
  data["breakdowns"] = breakdown_tables(*ind, i);
  data["has_breakdowns"] = !data["breakdowns"].empty();
  const Trend trend = five_year_trend(*page.snapshot, q.request, card_for, child_level);
  data["trend"] = trend_table(trend, 0, card.area.name, page.query.comparators, "trend-");
  data["dashboard_href"] = "/?" + link;
  if (child_level) data["children_href"] = "/indicators/" + id + "/children?" + link;
  ctx.page("indicator", std::move(data));
}

void children_page(Context& ctx, MeasuresService& measures) {
  const std::string id = ctx.match(1);
  const Indicator* ind = find_indicator(id);
  if (!ind) return ctx.error_page(404, "Indicator not found", "There is no indicator called " + id + ".");
  auto page = open_measures_page(ctx, measures, "/indicators/" + id + "/children");
  const std::string record = "indicator/" + id + (page.ready ? "?" + page.query.link_query() : "");
  if (!ctx.can(Permission::ViewChildren)) {
    ctx.audit("indicator.children", record, "", "refused: no child-level role");
    return ctx.error_page(403, "You do not have access to this page",
                          "Your roles do not give access to child-level data. The indicator's page has its figures.");
  }
  nlohmann::json& data = page.data;
  data["title"] = std::string("Children behind: ") + std::string(ind->title);
  data["indicator_title"] = std::string(ind->title);
  if (!page.ready) return ctx.page("indicator_children", std::move(data), page.status);

  const MeasuresQuery& q = page.query;
  const Indicator* counted = ind->rate_of.empty() ? ind : find_indicator(ind->rate_of);
  const Unit unit = counted ? counted->unit : ind->unit;
  const bool percent = unit == Unit::Percent;
  const bool mean = unit == Unit::WorkingDays || unit == Unit::Days;
  const bool whole_denominator = percent && ctx.param("which") == "denominator";
  auto members = members_of(*page.snapshot, *ind, q.request.period, q.request.authorities);

  // Only the children of the authority the user's organisation works with are named; the
  // others are counted (a reason given on a child's own page opens that child, not a list).
  nlohmann::json rows = nlohmann::json::array();
  std::map<std::string, std::int64_t> not_named;
  std::int64_t listed = 0, in_figure = 0;
  for (const auto& m : members) {
    if (percent && !whole_denominator && m.numerator == 0) continue;
    ++in_figure;
    const std::string la(m.la);
    if (child_access(*ctx.who, la) != ChildAccess::Allowed) {
      ++not_named[la];
      continue;
    }
    ++listed;
    if (rows.size() >= kChildrenShown) continue;
    const std::string child(m.child_id);
    nlohmann::json row = {{"href", "/children/" + la + "/" + url_encode(child)},
                          {"la", la},
                          {"child_id", child},
                          {"items", with_thousands(m.items)}};
    if (percent || mean) row["numerator"] = with_thousands(m.numerator);
    rows.push_back(std::move(row));
  }
  nlohmann::json others = nlohmann::json::array();
  for (const auto& [la, n] : not_named)
    others.push_back({{"la", la}, {"count", with_thousands(n)}, {"one", n == 1}});
  ctx.audit("indicator.children", record, "", fmt::format("ok: {} children listed", listed));

  Request one = q.request;
  one.indicators = {ind};
  one.by.clear();
  const auto card_ptr = measures.scorecard(page.snapshot, one);
  const Scorecard& card = *card_ptr;
  const ojson json = scorecard_json(card, true);
  describe_scorecard(data, card, json);
  data["has_notes"] = false;  // the indicator's page has the notes
  const std::string link = q.link_query();
  const nlohmann::json figure = indicator_row(json["indicators"][0], {}, link);
  data["figure_value"] = figure["value"];
  data["figure_counts"] = figure["counts"];
  data["figure_is_count"] = figure["is_count"];
  data["indicator_href"] = "/indicators/" + id + "?" + link;
  data["rows"] = rows;
  data["none"] = rows.empty();
  data["count"] = with_thousands(in_figure);
  data["listed"] = with_thousands(listed);
  data["more"] = listed > static_cast<std::int64_t>(kChildrenShown);
  data["shown"] = with_thousands(static_cast<std::int64_t>(std::min<std::size_t>(listed, kChildrenShown)));
  data["others"] = others;
  data["percent"] = percent;
  data["mean"] = mean;
  data["whole_denominator"] = whole_denominator;
  data["numerator_href"] = "/indicators/" + id + "/children?" + link;
  data["denominator_href"] = "/indicators/" + id + "/children?" + link + "&which=denominator";
  data["items_heading"] = percent ? "Items in the denominator" : mean ? "Items averaged" : "Items counted";
  data["numerator_heading"] = percent ? "In the numerator" : unit == Unit::Days ? "Days" : "Working days";
  ctx.page("indicator_children", std::move(data));
}

}  // namespace

void add_indicator_routes(Site& site, std::shared_ptr<MeasuresService> measures) {
  RouteRule aggregates = RouteRule::needs(Permission::ViewAggregates);
  site.get(R"(/indicators/([a-z0-9_]+))", aggregates, [measures](Context& ctx) { indicator_page(ctx, *measures); });
  site.get(R"(/indicators/([a-z0-9_]+)/children)", aggregates,
           [measures](Context& ctx) { children_page(ctx, *measures); });
}

}  // namespace lens::server
