#include "measures/scorecard.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

namespace lens::measures {
namespace {

Area area_of(const Snapshot& s, const Request& req, const AuthorityDirectory* dir) {
  Area area;
  if (req.authorities.empty()) {
    for (const auto& a : s.authorities()) area.la_codes.push_back(a.code);
  } else {
    area.la_codes = req.authorities;
  }
  std::sort(area.la_codes.begin(), area.la_codes.end());
  area.la_codes.erase(std::unique(area.la_codes.begin(), area.la_codes.end()), area.la_codes.end());
  std::vector<std::string> names;
  for (const auto& code : area.la_codes) {
    const AuthorityInfo* info = dir ? dir->by_la_code(code) : nullptr;
    area.ons_codes.push_back(info ? info->ons_code : "");
    names.push_back(info ? info->name : "LA " + code);
  }
  if (names.size() <= 3) {
    for (std::size_t i = 0; i < names.size(); ++i) area.name += (i ? " + " : "") + names[i];
  } else {
    area.name = fmt::format("{} authorities", names.size());
  }
  return area;
}

std::string direction_of(Unit unit, const std::optional<double>& now, const std::optional<double>& before) {
  if (!now || !before) return "";
  const double a = shown(unit, *now), b = shown(unit, *before);
  if (std::abs(a - b) < 1e-9) return "same";
  return a > b ? "up" : "down";
}

std::string progress_of(Polarity p, const std::string& direction) {
  if (direction.empty() || p == Polarity::None) return "";
  if (direction == "same") return "same";
  return (direction == "up") == (p == Polarity::Up) ? "better" : "worse";
}

std::vector<Comparator> comparators_for(const Indicator& ind, const Scorecard& card, const ScorecardInputs& in) {
  std::vector<Comparator> out;
  if (!in.comparators || !card.period.is_financial_year()) return out;
  const std::string& year = card.period.label;
  auto published = [&](std::string key, std::string_view area, std::string name) {
    if (const auto* row = in.comparators->find(ind.id, year, area))
      out.push_back({std::move(key), name.empty() ? row->area_name : name, row->value, row->source});
  };
  published("england", kEnglandCode, "England");
  published("london", kLondonCode, "London");
  if (card.area.la_codes.size() != 1) return out;
  const std::string& la = card.area.la_codes.front();
  const AuthorityInfo* info = in.directory ? in.directory->by_la_code(la) : nullptr;
  if (info && !info->london) published("region", info->region_code, "");
  if (in.neighbours) {
    NeighboursMean m = neighbours_mean(*in.comparators, *in.neighbours, ind.id, year, la);
    if (m.value) {
      out.push_back({"statistical_neighbours",
                     fmt::format("Statistical neighbours (mean of {} of {})", m.with_value, m.neighbours), m.value,
                     fmt::format("DfE published figures for the authority's statistical neighbours ({} model)",
                                 m.model)});
    } else if (const auto* row = in.comparators->find(ind.id, year, "sn:" + la)) {
      out.push_back({"statistical_neighbours", "Statistical neighbours", row->value, row->source});
    }
  }
  published("published", la, info ? info->name + " (published)" : "Published");
  return out;
}

std::vector<std::string> exceptions_of(const ScoredIndicator& s) {
  std::vector<std::string> why;
  const Indicator& ind = *s.result.indicator;
  if (s.rag == Rag::Red) why.push_back("red against the local target");
  const auto& value = s.result.figure.value;
  if (!value || ind.polarity == Polarity::None) return why;
  int compared = 0, worse = 0;
  for (const auto& c : s.comparators) {
    if (c.key == "published" || !c.value) continue;
    ++compared;
    const double mine = shown(ind.unit, *value), theirs = shown(ind.unit, *c.value);
    if (ind.polarity == Polarity::Up ? mine < theirs : mine > theirs) ++worse;
  }
  if (compared > 0 && worse == compared) why.push_back("worse than every comparator");
  return why;
}

}  // namespace

std::int32_t covered_from(const Snapshot& s, const std::vector<std::string>& la_codes, Source source) {
  std::int32_t from = kCoveredAlways, looked_after_from = kCoveredAlways;
  bool looked_after = false;
  for (const auto& code : la_codes) {
    int i = s.find_authority(code);
    if (i < 0) continue;
    const Authority& a = s.authorities()[i];
    from = std::max(from, a.covered_from);
    if (a.looked_after.size() > 0) {
      looked_after = true;
      looked_after_from = std::max(looked_after_from, a.looked_after_from);
    }
  }
  return source == Source::Ssda903 && looked_after ? looked_after_from : from;
}

double shown(Unit unit, double value) {
  if (unit == Unit::Count) return value;
  return std::round(value * 10.0) / 10.0;
}

Scorecard build_scorecard(const Snapshot& s, const Request& req, const ScorecardInputs& in) {
  Scorecard card;
  card.area = area_of(s, req, in.directory);
  card.period = req.period;
  card.previous = previous_period(req.period);
  EngineContext ctx{in.population, in.directory, in.threads};
  auto results = compute(s, req, ctx);

  const std::int32_t from = covered_from(s, card.area.la_codes);
  if (from != kCoveredAlways && card.period.start.days() < from)
    card.notes.push_back(fmt::format("the data starts on {}: figures for a period starting earlier are incomplete",
                                     Date::from_days(from).iso()));
  std::vector<Result> last;
  // The 903 years held may reach back further than the census (or not as far).
  const std::int32_t looked_after_from = covered_from(s, card.area.la_codes, Source::Ssda903);
  auto covers_last = [&](std::int32_t f) { return f == kCoveredAlways || card.previous.start.days() >= f; };
  const bool last_covered = covers_last(from), last_looked_after = covers_last(looked_after_from);
  if (last_covered || last_looked_after) {
    Request before = req;
    before.period = card.previous;
    before.by.clear();
    last = compute(s, before, ctx);
  }
  if (!last_covered && last_looked_after)
    card.notes.push_back(fmt::format("last period ({}) is shown for the looked-after indicators only: the census "
                                     "data starts on {}",
                                     card.previous.label, Date::from_days(from).iso()));
  else if (last_covered && !last_looked_after)
    card.notes.push_back(fmt::format("last period ({}) is not shown for the looked-after indicators: the 903 "
                                     "returns start on {}",
                                     card.previous.label, Date::from_days(looked_after_from).iso()));
  else if (!last_covered)
    card.notes.push_back(fmt::format("last period ({}) is not shown: the data starts on {}", card.previous.label,
                                     Date::from_days(from).iso()));

  for (std::size_t i = 0; i < results.size(); ++i) {
    ScoredIndicator si;
    si.result = std::move(results[i]);
    const Indicator& ind = *si.result.indicator;
    if (ind.source == Source::Ssda903 ? last_looked_after : last_covered) si.last = last[i].figure;
    si.direction = direction_of(ind.unit, si.result.figure.value, si.last ? si.last->value : std::nullopt);
    si.progress = progress_of(ind.polarity, si.direction);
    si.comparators = comparators_for(ind, card, in);
    if (in.targets)
      if (const Target* t = in.targets->find(ind.id)) {
        si.target = *t;
        si.rag = rate(ind.polarity, *t, si.result.figure.value);
      }
    si.exceptions = exceptions_of(si);
    card.indicators.push_back(std::move(si));
  }
  return card;
}

}  // namespace lens::measures
