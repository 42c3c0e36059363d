#include <string>

#include "measures/output.hpp"

namespace lens::measures {
namespace {

using json = nlohmann::ordered_json;

json number(Unit unit, const std::optional<double>& v) {
  if (!v) return nullptr;
  if (unit == Unit::Count) return static_cast<std::int64_t>(*v);
  return shown(unit, *v);
}

json optional_int(const std::optional<std::int64_t>& v) { return v ? json(*v) : json(nullptr); }

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json period_json(const Period& p) { return {{"label", p.label}, {"start", p.start.iso()}, {"end", p.end.iso()}}; }

}  // namespace

json to_json(const Scorecard& card) {
  json out;
  out["area"] = {{"name", card.area.name}, {"la_codes", card.area.la_codes}, {"ons_codes", card.area.ons_codes}};
  out["period"] = period_json(card.period);
  out["previous_period"] = period_json(card.previous);
  out["notes"] = card.notes;
  json indicators = json::array();
  json exceptions = json::array();
  for (const auto& s : card.indicators) {
    const Indicator& ind = *s.result.indicator;
    const Figure& f = s.result.figure;
    json i;
    i["id"] = ind.id;
    i["title"] = ind.title;
    i["unit"] = unit_name(ind.unit);
    i["polarity"] = polarity_name(ind.polarity);
    i["value"] = number(ind.unit, f.value);
    i["numerator"] = f.numerator;
    i["denominator"] = optional_int(f.denominator);
    if (ind.unit == Unit::WorkingDays || ind.unit == Unit::Days) i["median"] = number(ind.unit, s.result.median);
    if (s.last)
      i["last"] = {{"value", number(ind.unit, s.last->value)},
                   {"numerator", s.last->numerator},
                   {"denominator", optional_int(s.last->denominator)}};
    else
      i["last"] = nullptr;
    i["direction"] = text_or_null(s.direction);
    i["progress"] = text_or_null(s.progress);
    json comparators = json::object();
    for (const auto& c : s.comparators)
      comparators[c.key] = {{"name", c.name}, {"value", number(ind.unit, c.value)}, {"source", c.source}};
    i["comparators"] = comparators;
    if (s.target)
      i["target"] = {{"target", s.target->target}, {"tolerance", s.target->tolerance}, {"source", s.target->source}};
    else
      i["target"] = nullptr;
    i["rag"] = text_or_null(std::string(rag_name(s.rag)));
    i["notes"] = s.result.notes;
    if (!s.result.breakdowns.empty()) {
      json breakdown;
      for (const auto& b : s.result.breakdowns) {
        json rows = json::array();
        for (const auto& r : b.rows) {
          json row = {{"code", r.code},
                      {"label", r.label},
                      {"value", number(ind.unit, r.figure.value)},
                      {"numerator", r.figure.numerator},
                      {"denominator", optional_int(r.figure.denominator)}};
          if (ind.unit == Unit::Count) row["share"] = r.share ? json(shown(Unit::Percent, *r.share)) : json(nullptr);
          rows.push_back(std::move(row));
        }
        breakdown[std::string(dim_name(b.dim))] = std::move(rows);
      }
      i["breakdown"] = std::move(breakdown);
    }
    if (!s.exceptions.empty()) exceptions.push_back({{"id", ind.id}, {"title", ind.title}, {"reasons", s.exceptions}});
    indicators.push_back(std::move(i));
  }
  out["indicators"] = std::move(indicators);
  out["exceptions"] = std::move(exceptions);
  return out;
}

}  // namespace lens::measures
