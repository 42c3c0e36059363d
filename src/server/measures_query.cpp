#include "server/measures_query.hpp"

#include <algorithm>

#include "measures/authority_codes.hpp"
#include "server/format.hpp"
#include "server/measures_view.hpp"

namespace lens::server {

using namespace lens::measures;

std::vector<std::string> param_values(const Context& ctx, const std::string& name) {
  std::vector<std::string> out;
  const std::size_t n = ctx.req.get_param_value_count(name);
  for (std::size_t i = 0; i < n; ++i) out.push_back(ctx.req.get_param_value(name, i));
  return out;
}

const std::vector<ComparatorChoice>& comparator_choices() {
  static const std::vector<ComparatorChoice> all = {
      {"england", "England", true},
      {"london", "London", true},
      {"statistical_neighbours", "Statistical neighbours", true},
      {"region", "Region", false},
      {"published", "Published figure", false},
  };
  return all;
}

Period latest_year(const Store& store, const std::vector<std::string>& authorities, std::int64_t now) {
  int latest = 0;  // DfE collection year: the year ending 31 March
  for (const auto& la : authorities) {
    if (auto h = store.census_header(la)) latest = std::max(latest, h->collection_year);
    for (int y : store.ssda903_years(la)) latest = std::max(latest, y);
  }
  if (latest > 0) return financial_year(latest - 1);
  const Date today = Date::from_days(static_cast<std::int32_t>(now / 86400));
  return financial_year(today.month() >= 4 ? today.year() : today.year() - 1);
}

std::string MeasuresQuery::link_query() const {
  std::string q;
  for (const auto& la : request.authorities) q += (q.empty() ? "" : "&") + std::string("la=") + url_encode(la);
  q += (q.empty() ? "" : "&") + std::string("period=") + url_encode(request.period.label);
  std::vector<std::string> defaults;
  for (const auto& c : comparator_choices())
    if (c.shown_by_default) defaults.push_back(c.key);
  if (comparators != defaults)
    for (const auto& c : comparators) q += "&cmp=" + url_encode(c);
  return q;
}

MeasuresQuery read_measures_query(const Context& ctx, Store& store, const Snapshot& snapshot,
                                  const AuthorityDirectory& directory) {
  MeasuresQuery q;
  try {
    // Area.
    q.error_field = "la";
    std::vector<std::string> held;
    for (const auto& a : snapshot.authorities()) held.push_back(a.code);
    auto las = authority_codes(param_values(ctx, "la"), directory);
    if (las.empty()) {
      const std::string own = ctx.who ? ctx.who->organisation.la : "";
      if (!own.empty() && snapshot.find_authority(own) >= 0) {
        las = {own};
        q.own_authority = true;
      } else {
        las = held;
      }
    }
    std::sort(las.begin(), las.end());
    las.erase(std::unique(las.begin(), las.end()), las.end());
    for (const auto& la : las)
      if (snapshot.find_authority(la) < 0) {
        const AuthorityInfo* info = directory.by_la_code(la);
        q.error = "Lens holds no records for " + (info ? info->name + " (" + la + ")" : "LA " + la) +
                  ". Choose from the authorities listed.";
        q.error_field = "la";
        return q;
      }
    if (las.empty()) {
      q.error = "Lens holds no records yet: import a census first.";
      q.error_field = "la";
      return q;
    }
    q.request.authorities = las;

    // Period.
    std::string period = ctx.param("custom");
    q.error_field = period.empty() ? "period" : "custom";
    if (period.empty()) period = ctx.param("period");
    q.request.period = period.empty() ? latest_year(store, las, ctx.now) : parse_period(period);

    // Indicators and breakdowns.
    q.error_field = "indicator";
    q.request.indicators = select_indicators(param_values(ctx, "indicator"));
    q.error_field = "by";
    for (const auto& name : param_values(ctx, "by")) {
      auto d = dim_from_name(name);
      if (!d) {
        std::string known;
        for (int i = 0; i < kDimCount; ++i) known += (i ? ", " : "") + std::string(dim_name(static_cast<Dim>(i)));
        q.error = "There is no breakdown called " + name + ". The breakdowns are " + known + ".";
        return q;
      }
      bool offered = false;
      for (const Indicator* i : q.request.indicators)
        offered |= std::find(i->breakdowns.begin(), i->breakdowns.end(), *d) != i->breakdowns.end();
      if (!offered) {
        q.error = "None of the chosen indicators can be broken down by " + name + ".";
        return q;
      }
      q.request.by.push_back(*d);
    }

    // Comparators to show.
    auto cmp = param_values(ctx, "cmp");
    for (const auto& c : comparator_choices()) {
      bool wanted = cmp.empty() ? c.shown_by_default : std::find(cmp.begin(), cmp.end(), c.key) != cmp.end();
      if (wanted) q.comparators.push_back(c.key);
    }
    q.error_field.clear();
  } catch (const PeriodError& e) {
    q.error = e.what();
  } catch (const MeasuresError& e) {
    q.error = e.what();
  }
  q.error = capitalised(q.error);
  return q;
}

}  // namespace lens::server
