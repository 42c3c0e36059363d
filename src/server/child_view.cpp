#include "server/child_view.hpp"

#include <set>

#include "chronology/chronology.hpp"
#include "server/format.hpp"

namespace lens::server {

ChildAccess child_access_now(Context& ctx, const std::string& la, const std::string& child_id) {
  if (!ctx.who) return ChildAccess::Denied;
  ChildAccess a = child_access(*ctx.who, la);
  if (a == ChildAccess::NeedsReason &&
      ctx.store().accounts().has_child_access(ctx.who->user.id, la, child_id, ctx.now))
    return ChildAccess::Allowed;
  return a;
}

std::string gender_label(const std::string& code) {
  if (code == "1") return "Male";
  if (code == "2") return "Female";
  if (code == "0") return "Not known";
  if (code == "9") return "Not specified";
  return code;
}

nlohmann::json child_json(const Child& child, const std::string& type_filter,
                          const std::string& agency_filter) {
  nlohmann::json events = nlohmann::json::array();
  std::set<std::string> agencies;
  auto all = chronology::build_chronology(child);
  for (const auto& e : all) {
    agencies.insert(e.agency);
    if (!type_filter.empty() && e.type != type_filter) continue;
    if (!agency_filter.empty() && e.agency != agency_filter) continue;
    events.push_back({{"date", e.date.iso()},
                      {"date_text", people_date(e.date)},
                      {"type", e.type},
                      {"title", e.title},
                      {"detail", e.detail},
                      {"agency", e.agency},
                      {"episode", e.episode}});
  }
  nlohmann::json types = nlohmann::json::array();
  for (const auto& t : chronology::event_types())
    types.push_back({{"code", t.code}, {"label", t.label}, {"selected", t.code == type_filter}});
  nlohmann::json agency_list = nlohmann::json::array();
  for (const auto& a : agencies) agency_list.push_back({{"name", a}, {"selected", a == agency_filter}});
  std::string disabilities;
  for (const auto& d : child.disabilities) disabilities += (disabilities.empty() ? "" : ", ") + d;
  return {{"la", child.la},
          {"child_id", child.la_child_id},
          {"upn", child.upn},
          {"former_upn", child.former_upn},
          {"birth", child.birth ? child.birth->iso() : ""},
          {"birth_text", people_date(child.birth)},
          {"expected_birth_text", people_date(child.expected_birth)},
          {"death_text", people_date(child.death)},
          {"gender", gender_label(child.gender)},
          {"ethnicity", child.ethnicity},
          {"disabilities", disabilities},
          {"episodes", static_cast<int>(child.episodes.size())},
          {"events", events},
          {"events_shown", static_cast<int>(events.size())},
          {"events_total", static_cast<int>(all.size())},
          {"event_types", types},
          {"agencies", agency_list},
          {"filtered", !type_filter.empty() || !agency_filter.empty()}};
}

}  // namespace lens::server
