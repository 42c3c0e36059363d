// Children: search, a child's record with its chronology (CIN and looked-after records joined
// on LA and child id), and giving a reason to open another organisation's child. Every search
// and every view (or refusal) is audited.
#include <fmt/core.h>

#include "core/number_format.hpp"
#include "server/child_view.hpp"
#include "server/format.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {
namespace {

constexpr int kSearchLimit = 50;

std::string child_path(const std::string& la, const std::string& id) {
  return "/children/" + la + "/" + url_encode(id);
}

void show_reason_form(Context& ctx, const std::string& la, const std::string& id,
                      nlohmann::json data, int status) {
  nlohmann::json reasons = nlohmann::json::array();
  int i = 0;
  for (const auto& r : child_access_reasons())
    reasons.push_back({{"value", r}, {"id", "reason-" + std::to_string(i++)}});
  data["title"] = "Give a reason to open this record";
  data["la"] = la;
  data["child_id"] = id;
  data["action"] = child_path(la, id) + "/access";
  data["reasons"] = reasons;
  data["csrf"] = ctx.session->csrf_token;
  data["hours"] = std::to_string(kChildAccessGrantSeconds / 3600);
  ctx.page("child_reason", std::move(data), status);
}

}  // namespace

void add_children_routes(Site& site) {
  RouteRule children = RouteRule::needs(Permission::ViewChildren);

  site.get("/children", children, [](Context& ctx) {
    std::string q = ctx.param("q");
    nlohmann::json data{{"title", "Children"}, {"q", q}, {"searched", !q.empty()}};
    if (!q.empty()) {
      auto found = ctx.store().search_children(q, kSearchLimit + 1);
      bool more = found.size() > static_cast<std::size_t>(kSearchLimit);
      if (more) found.pop_back();
      nlohmann::json rows = nlohmann::json::array();
      for (const auto& c : found)
        rows.push_back({{"href", child_path(c.la, c.la_child_id)},
                        {"la", c.la},
                        {"child_id", c.la_child_id},
                        {"upn", c.upn},
                        {"birth", people_date(c.birth)},
                        {"gender", gender_label(c.gender)},
                        {"episodes", with_thousands(c.episodes)},
                        {"latest_referral", people_date(c.latest_referral)},
                        {"needs_reason", child_access(*ctx.who, c.la) != ChildAccess::Allowed}});
      data["results"] = rows;
      data["count"] = with_thousands(static_cast<std::int64_t>(found.size()));
      data["none"] = found.empty();
      data["more"] = more;
      ctx.audit("child.search", "children?q=" + q, "",
                fmt::format("ok: {}{} found", found.size(), more ? "+" : ""));
    }
    ctx.page("children", std::move(data));
  });

  site.get(R"(/children/(\d{3})/([^/]+))", children, [](Context& ctx) {
    std::string la = ctx.match(1), id = ctx.match(2);
    std::string record = "child/" + la + "/" + id;
    auto access = child_access_now(ctx, la, id);
    if (access == ChildAccess::NeedsReason) {
      ctx.audit("child.view", record, "", "refused: no reason given");
      return show_reason_form(ctx, la, id, {}, 403);
    }
    auto child = find_child_records(ctx.store(), la, id);
    if (!child) {
      ctx.audit("child.view", record, "", "not found");
      return ctx.error_page(404, "Child not found",
                            "There is no child " + id + " in the records of LA " + la + ".");
    }
    ctx.audit("child.view", record, "", "ok");
    nlohmann::json data = child_json(*child, ctx.param("type"), ctx.param("agency"));
    data["title"] = "Child " + id;
    data["path"] = child_path(la, id);
    data["events_shown_text"] = with_thousands(data["events_shown"].get<int>());
    data["events_total_text"] = with_thousands(data["events_total"].get<int>());
    ctx.page("child", std::move(data));
  });

  site.post(R"(/children/(\d{3})/([^/]+)/access)", children, [](Context& ctx) {
    std::string la = ctx.match(1), id = ctx.match(2);
    std::string reason = ctx.param("reason"), other = ctx.param("other");
    const auto& reasons = child_access_reasons();
    bool known = std::find(reasons.begin(), reasons.end(), reason) != reasons.end();
    nlohmann::json data{{"other", other}};
    if (!known) add_error(data, "reason", "Choose why you need to open this record");
    else if (reason == "Other" && (other.size() < 10 || other.size() > 500))
      add_error(data, "other", "Say why you need this record, in 10 to 500 characters");
    if (child_access(*ctx.who, la) == ChildAccess::Denied)
      return ctx.error_page(403, "You do not have access to this page", "Your roles do not allow it.");
    if (data.contains("errors")) return show_reason_form(ctx, la, id, std::move(data), 400);
    std::string stated = reason == "Other" ? "Other: " + other : reason;
    ctx.store().accounts().grant_child_access(ctx.who->user.id, la, id, stated, ctx.now,
                                              ctx.now + kChildAccessGrantSeconds);
    ctx.audit("child.access_reason", "child/" + la + "/" + id, stated, "ok: open for " +
              std::to_string(kChildAccessGrantSeconds / 3600) + " hours");
    ctx.redirect(child_path(la, id));
  });
}

}  // namespace lens::server
