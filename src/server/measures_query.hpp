// measures_query.hpp — what a dashboard, indicator or /api/v1/measures request asks for, read
// from its query string the way `lens measures` reads its options:
//   la         authority: DfE number, ONS code or name; repeatable or comma-separated; counts
//              add up across them. Default: the authority the user's organisation works with if
//              the store holds it, else every authority held.
//   period     2016-17, 2016-17-Q1, 2016-Q1, 2016-04 or FROM..TO (measures/period.hpp); `custom`,
//              typed into the page's form, wins over it when given. Default: the latest financial
//              year a census of the area is held for (or an SSDA903 year, or this year).
//   indicator  an indicator id; repeatable; default every registered indicator.
//   by         a breakdown (age_band, gender, ...); repeatable.
//   cmp        a comparator to show (england, london, statistical_neighbours, region,
//              published); repeatable; default england, london, statistical_neighbours.
// A request that cannot be answered (unknown authority, one the store holds nothing for, a
// period that does not read, an unknown indicator or breakdown) sets `error`, for people.
#pragma once

#include <string>
#include <vector>

#include "measures/authorities.hpp"
#include "measures/engine.hpp"
#include "server/site.hpp"

namespace lens::server {

struct MeasuresQuery {
  measures::Request request;  // authorities: DfE numbers, ascending, no repeats
  std::vector<std::string> comparators;
  bool own_authority = false;  // the area is the user's organisation's authority by default
  std::string error;
  std::string error_field;  // the form field the error is about: la, period, custom, indicator, by
  // The area and period as a query string for links ("la=301&la=302&period=2016-17"), with the
  // comparators when they are not the default.
  std::string link_query() const;
};

// Every value given for a query parameter, in order.
std::vector<std::string> param_values(const Context& ctx, const std::string& name);

// The comparators a page can show, in the order it shows them: {key, heading}.
struct ComparatorChoice {
  const char* key;
  const char* heading;
  bool shown_by_default;
};
const std::vector<ComparatorChoice>& comparator_choices();

// The latest financial year the store holds a return for over these authorities.
measures::Period latest_year(const Store& store, const std::vector<std::string>& authorities, std::int64_t now);

MeasuresQuery read_measures_query(const Context& ctx, Store& store, const measures::Snapshot& snapshot,
                                  const measures::AuthorityDirectory& directory);

}  // namespace lens::server
