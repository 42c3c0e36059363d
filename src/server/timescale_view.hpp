// timescale_view.hpp — the due and overdue list as the page, its CSV and the API ask for it:
// the user's own authority's children (their CIN and looked-after records joined), one rule or
// all, due / overdue / both, as at a date (by default the reference date of the authority's
// latest census, the date its data is true at; with no census, 31 March of its latest 903 year).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "server/site.hpp"
#include "timescales/due_list.hpp"

namespace lens::server {

struct TimescaleQuery {
  std::string la;      // the authority whose children are listed
  std::string rule;    // "" = every rule
  std::string status;  // "all", "overdue" or "due"
  Date as_at;
};

// Reads ?rule=&status=&as_at= for the signed-in user; on a bad value returns nullopt and says
// why in `error`. An organisation that works with no authority gets la = "".
std::optional<TimescaleQuery> read_timescale_query(Context& ctx, std::string& error);
std::vector<timescales::DueItem> due_items(Store& store, const TimescaleQuery& q);
nlohmann::json due_item_json(const timescales::DueItem& item);
std::string due_items_csv(const std::vector<timescales::DueItem>& items);

}  // namespace lens::server
