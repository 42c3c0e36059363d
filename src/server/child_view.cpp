#include "server/child_view.hpp"

#include <set>

#include "chronology/chronology.hpp"
#include "returns/ssda903/ssda903_codes.hpp"
#include "returns/ssda903/ssda903_reader.hpp"
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

Child child_from_looked_after(const LookedAfterChild& looked_after) {
  Child c;
  c.la = looked_after.la;
  c.la_child_id = looked_after.la_child_id;
  // The 903 puts a UN1..UN7 code where the UPN is unknown, as the census's UPNunknown does.
  bool unknown = looked_after.upn.size() == 3 && looked_after.upn.rfind("UN", 0) == 0;
  (unknown ? c.upn_unknown : c.upn) = looked_after.upn;
  c.birth = looked_after.birth;
  c.gender = std::string(ssda903::census_gender(looked_after.sex));  // the census spells gender 1/2/0
  c.ethnicity = looked_after.ethnicity;
  return c;
}

std::optional<ChildRecordsHeld> find_child_records(Store& store, const std::string& la,
                                                   const std::string& child_id) {
  auto cin = store.find_child(la, child_id);
  auto looked_after = store.find_looked_after_child(la, child_id);
  if (!cin && !looked_after) return std::nullopt;
  ChildRecordsHeld held;
  held.cin = cin ? std::move(*cin) : child_from_looked_after(*looked_after);
  held.looked_after = std::move(looked_after);
  return held;
}

std::string gender_label(const std::string& code) {
  if (code == "1") return "Male";
  if (code == "2") return "Female";
  if (code == "0") return "Not known";
  if (code == "9") return "Not specified";
  return code;
}

namespace {

// What the child page says of their time looked after: how many periods of care (as the
// chronology finds them), and whether the latest is still going.
nlohmann::json looked_after_json(const LookedAfterChild& lac,
                                 const std::vector<chronology::Event>& chronology) {
  int periods = 0;
  OptDate latest_start;
  for (const auto& e : chronology)  // newest first
    if (e.type == "care_start" && periods++ == 0) latest_start = e.date;
  bool current = !lac.episodes.empty() && !lac.episodes.back().end;
  std::string years;
  for (int y : lac.years) years += (years.empty() ? "" : ", ") + ssda903::collection_year_label(y);
  std::string status;
  if (current)
    status = "Looked after since " + people_date(latest_start) + " (legal status " +
             lac.episodes.back().legal_status + ", placement " + lac.episodes.back().placement +
             ")";
  else if (!lac.episodes.empty())
    status = "Left care on " + people_date(lac.episodes.back().end);
  return {
      {"periods_of_care", periods},
      {"periods_of_care_text", std::to_string(periods) + (periods == 1 ? " period" : " periods")},
      {"status", status},
      {"years", years}};
}

}  // namespace

nlohmann::json child_json(const ChildRecordsHeld& records, const std::string& type_filter,
                          const std::string& agency_filter) {
  const Child& child = records.cin;
  const LookedAfterChild* lac = records.looked_after ? &*records.looked_after : nullptr;
  nlohmann::json events = nlohmann::json::array();
  std::set<std::string> agencies;
  auto all = chronology::build_chronology(child, lac);
  for (const auto& e : all) {
    agencies.insert(e.agency);
    if (!type_filter.empty() && e.type != type_filter) continue;
    if (!agency_filter.empty() && e.agency != agency_filter) continue;
    std::string part = e.episode          ? "CIN episode " + std::to_string(e.episode)
                       : e.period_of_care ? "Period of care " + std::to_string(e.period_of_care)
                                          : "";
    events.push_back({{"date", e.date.iso()},
                      {"date_text", people_date(e.date)},
                      {"type", e.type},
                      {"title", e.title},
                      {"detail", e.detail},
                      {"agency", e.agency},
                      {"episode", e.episode},
                      {"period_of_care", e.period_of_care},
                      {"part_of", part}});
  }
  nlohmann::json types = nlohmann::json::array();
  for (const auto& t : chronology::event_types())
    types.push_back({{"code", t.code}, {"label", t.label}, {"selected", t.code == type_filter}});
  nlohmann::json agency_list = nlohmann::json::array();
  for (const auto& a : agencies)
    agency_list.push_back({{"name", a}, {"selected", a == agency_filter}});
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
          {"episodes_text", child.episodes.empty() && lac ? "None in the CIN census"
                                                          : std::to_string(child.episodes.size())},
          {"looked_after", lac ? looked_after_json(*lac, all) : nlohmann::json(false)},
          {"events", events},
          {"events_shown", static_cast<int>(events.size())},
          {"events_total", static_cast<int>(all.size())},
          {"event_types", types},
          {"agencies", agency_list},
          {"filtered", !type_filter.empty() || !agency_filter.empty()}};
}

}  // namespace lens::server
