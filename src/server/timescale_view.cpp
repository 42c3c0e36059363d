#include "server/timescale_view.hpp"

#include <fmt/core.h>

#include <map>

#include "server/child_view.hpp"
#include "server/format.hpp"

namespace lens::server {

std::optional<TimescaleQuery> read_timescale_query(Context& ctx, std::string& error) {
  TimescaleQuery q;
  q.la = ctx.who ? ctx.who->organisation.la : "";
  q.rule = ctx.param("rule");
  q.status = ctx.param("status").empty() ? "all" : ctx.param("status");
  if (!q.rule.empty() && !timescales::find_rule(q.rule)) {
    error = "There is no timescale called " + q.rule;
    return std::nullopt;
  }
  if (q.status != "all" && q.status != "overdue" && q.status != "due") {
    error = "Status must be all, overdue or due";
    return std::nullopt;
  }
  std::string as_at = ctx.param("as_at");
  if (!as_at.empty()) {
    auto d = Date::parse(as_at);
    if (!d || d->year() < 1991 || d->year() > 2059) {
      error = "Enter the date as YYYY-MM-DD, for example 2017-03-31";
      return std::nullopt;
    }
    q.as_at = *d;
  } else if (auto header = q.la.empty() ? std::nullopt : ctx.store().census_header(q.la);
             header && header->reference_date) {
    q.as_at = *header->reference_date;
  } else if (auto years = q.la.empty() ? std::vector<int>{} : ctx.store().ssda903_years(q.la);
             !years.empty()) {
    q.as_at = *Date::from_ymd(years.back(), 3, 31);  // a 903 return ends on 31 March
  } else {
    q.as_at = Date::from_days(static_cast<std::int32_t>(ctx.now / 86400));
  }
  return q;
}

std::vector<timescales::DueItem> due_items(Store& store, const TimescaleQuery& q) {
  std::vector<timescales::DueItem> items;
  if (q.la.empty()) return items;
  std::vector<std::string> rules;
  if (!q.rule.empty()) rules.push_back(q.rule);
  // A child's CIN and looked-after records join on LA and child id. The authority's looked-after
  // children are read first (far fewer than its CIN children), then each CIN child takes theirs.
  std::map<std::string, LookedAfterChild> looked_after;
  store.for_each_looked_after_child(q.la, [&](LookedAfterChild&& c) {
    std::string id = c.la_child_id;
    looked_after.emplace(std::move(id), std::move(c));
  });
  store.for_each_child(q.la, [&](Child&& c) {
    auto lac = looked_after.find(c.la_child_id);
    timescales::add_due_items({c, lac == looked_after.end() ? nullptr : &lac->second}, q.as_at,
                              rules, items);
    if (lac != looked_after.end()) looked_after.erase(lac);
  });
  for (const auto& [id, lac] : looked_after) {  // known only from the 903
    Child header = child_from_looked_after(lac);
    timescales::add_due_items({header, &lac}, q.as_at, rules, items);
  }
  if (q.status != "all")
    std::erase_if(items, [&](const auto& i) { return i.overdue != (q.status == "overdue"); });
  timescales::sort_due_items(items);
  return items;
}

nlohmann::json due_item_json(const timescales::DueItem& i) {
  const auto* rule = timescales::find_rule(i.deadline.rule);
  return {{"la", i.la},
          {"child_id", i.child_id},
          {"rule", i.deadline.rule},
          {"rule_title", rule ? rule->title : i.deadline.rule},
          {"start_event", i.deadline.start_event},
          {"start", i.deadline.start.iso()},
          {"due", i.deadline.due.iso()},
          {"overdue", i.overdue},
          {"days_overdue", i.days_overdue},
          {"episode", i.deadline.episode},
          {"team", nullptr}};
}

std::string due_items_csv(const std::vector<timescales::DueItem>& items) {
  std::string out = "la,child_id,rule,start_event,start,due,status,days_overdue,team\r\n";
  for (const auto& i : items)
    out += fmt::format("{},{},{},{},{},{},{},{},\r\n", csv_field(i.la), csv_field(i.child_id),
                       i.deadline.rule, csv_field(i.deadline.start_event), i.deadline.start.iso(),
                       i.deadline.due.iso(), i.overdue ? "overdue" : "due", i.days_overdue);
  return out;
}

}  // namespace lens::server
