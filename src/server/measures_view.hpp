// measures_view.hpp — the scorecard as the dashboard, exceptions and indicator pages show it:
// numbers formatted for people (thousands separators, one decimal place for rates and
// percentages), RAG and direction as words as well as colours, and the five-year trend as a
// table a chart is drawn from (web/static/lens.mjs).
//
// Pages are built from the same JSON the API answers with (scorecard_json), so what a page
// shows and what /api/v1/measures says never differ, small-number suppression included.
// Pure functions over their arguments; thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "measures/scorecard.hpp"
#include "server/measures_query.hpp"

namespace lens::server {

// `lens measures --format json` for the card, with small numbers suppressed
// (measures_suppression.hpp) unless the user has child-level access.
nlohmann::ordered_json scorecard_json(const measures::Scorecard& card, bool child_level);

// A JSON number as a double; nullopt for null or anything else.
std::optional<double> number(const nlohmann::ordered_json& v);
// A figure's value for people: "suppressed", "—" when there is no figure, else format_value.
std::string value_text(measures::Unit unit, const nlohmann::ordered_json& figure);
// The value a chart plots: as shown (one decimal place but for counts), "" when there is none.
std::string chart_value(measures::Unit unit, const nlohmann::ordered_json& v);
// "Worse than every comparator" for "worse than every comparator": messages as sentences.
std::string capitalised(std::string text);
// "2016-17 (1 April 2016 to 31 March 2017)".
std::string period_text(const measures::Period& p);
// "Children in need and child protection": the spec's section an indicator's order falls in.
std::string section_title(int order);
// The indicator's definition as text and code segments ({text, code}), backticks marking code.
nlohmann::json definition_segments(std::string_view text);
// "Percentage", "Rate per 10,000 children aged 0 to 17", ...; "Higher is better", ...
std::string unit_text(measures::Unit unit);
std::string polarity_text(measures::Polarity polarity);

// The form choosing area, period and comparators (web/templates/_measures_form.mustache).
nlohmann::json measures_form(const MeasuresQuery& q, const measures::Snapshot& snapshot,
                             const measures::AuthorityDirectory& directory, const Store& store, std::int64_t now,
                             const std::string& action);

// One indicator of scorecard_json as a row of the dashboard or the exceptions list.
nlohmann::json indicator_row(const nlohmann::ordered_json& indicator, const std::vector<std::string>& comparators,
                             const std::string& link_query);

// The five financial years up to the one the period ends in, oldest first: each year's
// scorecard (as scorecard_json) for the request's area and indicators, and the first day the
// data held is whole for, by return (a year starting earlier would be incomplete, so it is not
// shown): the CIN census's and the SSDA903 returns'.
struct Trend {
  std::vector<measures::Period> years;
  std::vector<nlohmann::ordered_json> cards;
  std::int32_t census_from = measures::kCoveredAlways;
  std::int32_t ssda903_from = measures::kCoveredAlways;
  bool covered(std::size_t year, const measures::Indicator& indicator) const;
};
// `card_for` gives the scorecard of a request (MeasuresService::scorecard keeps them).
using CardFor = std::function<std::shared_ptr<const measures::Scorecard>(const measures::Request&)>;
Trend five_year_trend(const measures::Snapshot& snapshot, const measures::Request& request, const CardFor& card_for,
                      bool child_level);
// The trend of the k-th indicator of the request as a table (web/templates/_trend_table): the
// area's value, the authority's own published figure, and each comparator shown, each where it
// has a figure in one of the years (for counts, only the published count: England's is of
// another scale).
nlohmann::json trend_table(const Trend& trend, std::size_t k, const std::string& area_name,
                           const std::vector<std::string>& comparators, const std::string& id_prefix);

}  // namespace lens::server
