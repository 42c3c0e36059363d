#include "server/measures_view.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <optional>

#include "core/number_format.hpp"
#include "measures/output.hpp"
#include "server/access.hpp"
#include "server/format.hpp"
#include "server/measures_suppression.hpp"

namespace lens::server {
namespace {

using namespace lens::measures;
using ojson = nlohmann::ordered_json;

bool is_suppressed(const ojson& figure) { return figure.is_object() && figure.value("suppressed", false); }

std::string count_text(const ojson& v) {
  if (!v.is_number_integer()) return "—";
  return with_thousands(v.get<std::int64_t>());
}

const Indicator* indicator_of(const ojson& i) { return find_indicator(i.value("id", "")); }

std::string rag_label(const std::string& rag) {
  if (rag == "green") return "Green";
  if (rag == "amber") return "Amber";
  if (rag == "red") return "Red";
  return "";
}

std::string rag_tag(const std::string& rag) {
  if (rag == "green") return "govuk-tag--green";
  if (rag == "amber") return "govuk-tag--orange";
  if (rag == "red") return "govuk-tag--red";
  return "govuk-tag--grey";
}

}  // namespace

std::optional<double> number(const ojson& v) {
  if (!v.is_number()) return std::nullopt;
  return v.get<double>();
}

std::string value_text(Unit unit, const ojson& figure) {
  if (is_suppressed(figure)) return "suppressed";
  if (!figure.is_object()) return "—";
  return format_value(unit, number(figure["value"]));
}

std::string chart_value(Unit unit, const ojson& v) {
  auto n = number(v);
  if (!n) return "";
  return unit == Unit::Count ? fmt::format("{}", static_cast<std::int64_t>(*n)) : fmt::format("{:.1f}", shown(unit, *n));
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

ojson scorecard_json(const Scorecard& card, bool child_level) {
  ojson out = to_json(card);
  if (!child_level) suppress_small_numbers(out, kSmallNumberThreshold);
  return out;
}

std::string period_text(const Period& p) {
  return fmt::format("{} ({} to {})", p.label, people_date(p.start), people_date(p.end));
}

std::string section_title(int order) {
  switch (order / 100) {
    case 1: return "Children in need and child protection";
    case 2: return "Children looked after";
    case 3: return "Partner and partnership records";
    default: return "Other indicators";
  }
}

nlohmann::json definition_segments(std::string_view text) {
  nlohmann::json out = nlohmann::json::array();
  bool code = false;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t tick = text.find('`', start);
    std::string_view part = text.substr(start, tick == std::string_view::npos ? std::string_view::npos : tick - start);
    if (!part.empty()) out.push_back({{"text", std::string(part)}, {"code", code}});
    if (tick == std::string_view::npos) break;
    code = !code;
    start = tick + 1;
  }
  return out;
}

std::string unit_text(Unit unit) {
  switch (unit) {
    case Unit::Count: return "Count";
    case Unit::Percent: return "Percentage";
    case Unit::Per10k: return "Rate per 10,000 children aged 0 to 17";
    case Unit::Days: return "Days (the mean; the median beside it)";
    case Unit::WorkingDays: return "Working days (the mean; the median beside it)";
  }
  return "";
}

std::string polarity_text(Polarity polarity) {
  switch (polarity) {
    case Polarity::Up: return "Higher is better";
    case Polarity::Down: return "Lower is better";
    case Polarity::None: return "Neither higher nor lower is better in itself";
  }
  return "";
}

nlohmann::json measures_form(const MeasuresQuery& q, const Snapshot& snapshot, const AuthorityDirectory& directory,
                             const Store& store, std::int64_t now, const std::string& action) {
  nlohmann::json authorities = nlohmann::json::array();
  std::vector<std::string> held;
  for (const auto& a : snapshot.authorities()) {
    held.push_back(a.code);
    const AuthorityInfo* info = directory.by_la_code(a.code);
    const bool chosen = std::find(q.request.authorities.begin(), q.request.authorities.end(), a.code) !=
                        q.request.authorities.end();
    authorities.push_back({{"code", a.code},
                           {"name", info ? fmt::format("{} ({})", info->name, a.code) : "LA " + a.code},
                           {"id", "la-" + a.code},
                           {"checked", chosen}});
  }

  // The periods people ask for most: the last five financial years, the quarters of the last
  // two and the months of the latest. Anything else can be typed in.
  const Period latest = latest_year(store, held, now);
  const int y = latest.start.year();
  const std::string chosen = q.request.period.label;
  bool listed = false;
  auto option = [&](const std::string& label) {
    listed |= label == chosen;
    return nlohmann::json{{"value", label}, {"text", label}, {"selected", label == chosen}};
  };
  nlohmann::json years = nlohmann::json::array(), quarters = nlohmann::json::array(), months = nlohmann::json::array();
  for (int k = 0; k < 5; ++k) years.push_back(option(financial_year(y - k).label));
  for (int k = 0; k < 2; ++k)
    for (int quarter = 4; quarter >= 1; --quarter) quarters.push_back(option(fmt::format("{}-Q{}", financial_year(y - k).label, quarter)));
  for (int m = 12; m >= 1; --m) {
    const int month = (m + 2) % 12 + 1;  // 12 → March of the next year ... 1 → April
    const int year = month >= 4 ? y : y + 1;
    months.push_back(option(fmt::format("{:04}-{:02}", year, month)));
  }
  nlohmann::json groups = nlohmann::json::array();
  if (!listed && !chosen.empty())
    groups.push_back({{"label", "Chosen"}, {"options", nlohmann::json::array({{{"value", chosen}, {"text", chosen}, {"selected", true}}})}});
  groups.push_back({{"label", "Financial years"}, {"options", years}});
  groups.push_back({{"label", "Financial quarters"}, {"options", quarters}});
  groups.push_back({{"label", "Months"}, {"options", months}});

  nlohmann::json comparators = nlohmann::json::array();
  for (const auto& c : comparator_choices())
    comparators.push_back({{"key", c.key},
                           {"heading", c.heading},
                           {"id", std::string("cmp-") + c.key},
                           {"checked", std::find(q.comparators.begin(), q.comparators.end(), c.key) != q.comparators.end()}});
  return {{"action", action}, {"authorities", authorities}, {"period_groups", groups}, {"comparators", comparators}};
}

nlohmann::json indicator_row(const ojson& i, const std::vector<std::string>& comparators, const std::string& link_query) {
  const Indicator* ind = indicator_of(i);
  const Unit unit = ind ? ind->unit : Unit::Count;
  const std::string id = i.value("id", "");
  nlohmann::json row;
  row["id"] = id;
  row["title"] = i.value("title", "");
  row["href"] = "/indicators/" + id + "?" + link_query;
  row["value"] = value_text(unit, i);
  row["is_count"] = unit == Unit::Count;
  row["suppressed"] = is_suppressed(i);
  if (is_suppressed(i))
    row["counts"] = "suppressed";
  else if (unit == Unit::Count)
    row["counts"] = count_text(i["numerator"]);
  else
    row["counts"] = count_text(i["numerator"]) + " / " + count_text(i["denominator"]);
  if (i["target"].is_object()) row["target"] = format_value(unit, number(i["target"]["target"]));
  else row["target"] = "None set";
  const std::string rag = i["rag"].is_string() ? i["rag"].get<std::string>() : "";
  row["rag"] = rag_label(rag);
  row["rag_class"] = rag_tag(rag);
  row["last"] = i["last"].is_object() ? value_text(unit, i["last"]) : "Not held";
  const std::string direction = i["direction"].is_string() ? i["direction"].get<std::string>() : "";
  const std::string progress = i["progress"].is_string() ? i["progress"].get<std::string>() : "";
  row["direction"] = capitalised(direction);
  row["progress"] = capitalised(progress);
  row["progress_class"] = progress == "better" ? "govuk-tag--green" : progress == "worse" ? "govuk-tag--red" : "govuk-tag--grey";
  nlohmann::json cells = nlohmann::json::array();
  for (const auto& key : comparators) {
    const auto& c = i["comparators"];
    cells.push_back({{"value", c.contains(key) ? format_value(unit, number(c[key]["value"])) : "—"}});
  }
  row["comparators"] = cells;
  return row;
}

Trend five_year_trend(const Snapshot& snapshot, const Request& request, const CardFor& card_for, bool child_level) {
  Trend t;
  const Date end = request.period.end;
  const int last = end.month() >= 4 ? end.year() : end.year() - 1;
  t.census_from = covered_from(snapshot, request.authorities);
  for (const auto& code : request.authorities)
    if (int a = snapshot.find_authority(code); a >= 0)
      t.ssda903_from = std::max(t.ssda903_from, snapshot.authorities()[a].looked_after_from);
  for (int y = last - 4; y <= last; ++y) {
    Request r = request;
    r.period = financial_year(y);
    r.by.clear();
    t.years.push_back(r.period);
    t.cards.push_back(scorecard_json(*card_for(r), child_level));
  }
  return t;
}

bool Trend::covered(std::size_t year, const Indicator& indicator) const {
  const std::int32_t from = indicator.source == Source::Ssda903 ? ssda903_from : census_from;
  return from == kCoveredAlways || years[year].start.days() >= from;
}

nlohmann::json trend_table(const Trend& trend, std::size_t k, const std::string& area_name,
                           const std::vector<std::string>& comparators, const std::string& id_prefix) {
  if (trend.cards.empty()) return nullptr;
  const ojson& first = trend.cards.front()["indicators"][k];
  const Indicator* ind = indicator_of(first);
  const Unit unit = ind ? ind->unit : Unit::Count;

  // Columns: the area, its own published figure (the history Lens's records may not reach),
  // then each comparator shown that has a figure in one of the years.
  std::vector<std::string> wanted = {"published"}, keys;
  for (const auto& key : comparators)
    if (key != "published") wanted.push_back(key);
  for (const auto& key : wanted) {
    if (unit == Unit::Count && key != "published") continue;
    for (const auto& card : trend.cards) {
      const auto& c = card["indicators"][k]["comparators"];
      if (c.contains(key) && number(c[key]["value"])) {
        keys.push_back(key);
        break;
      }
    }
  }
  nlohmann::json columns = nlohmann::json::array({{{"heading", area_name + " (Lens)"}}});
  for (const auto& key : keys) {
    std::string heading;
    for (const auto& choice : comparator_choices())
      if (key == choice.key) heading = choice.heading;
    if (key == "published")  // the authority's own name: "Barking and Dagenham (published)"
      for (const auto& card : trend.cards)
        if (const auto& c = card["indicators"][k]["comparators"]; c.contains(key)) heading = c[key].value("name", heading);
    columns.push_back({{"heading", heading}});
  }

  nlohmann::json rows = nlohmann::json::array();
  bool any_missing = false;
  for (std::size_t y = 0; y < trend.cards.size(); ++y) {
    const ojson& i = trend.cards[y]["indicators"][k];
    nlohmann::json cells = nlohmann::json::array();
    const bool covered = !ind || trend.covered(y, *ind);
    any_missing |= !covered;
    if (!covered) cells.push_back({{"text", "Not held"}, {"value", ""}});
    else cells.push_back({{"text", value_text(unit, i)}, {"value", is_suppressed(i) ? "" : chart_value(unit, i["value"])}});
    for (const auto& key : keys) {
      const auto& c = i["comparators"];
      const ojson v = c.contains(key) ? c[key]["value"] : ojson();
      cells.push_back({{"text", format_value(unit, number(v))}, {"value", chart_value(unit, v)}});
    }
    rows.push_back({{"year", trend.years[y].label}, {"cells", cells}});
  }
  return {{"id", id_prefix + first.value("id", "")},
          {"caption", fmt::format("{}: {} to {}", first.value("title", ""), trend.years.front().label,
                                  trend.years.back().label)},
          {"columns", columns},
          {"rows", rows},
          {"not_held", any_missing}};
}

}  // namespace lens::server
