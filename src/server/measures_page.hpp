// measures_page.hpp — what every measures page (dashboard, exceptions, an indicator) starts
// with: the cached snapshot, the reference data and the request read from the query string,
// and the page data for the form that changes them.
//
// open_measures_page never throws for a person's mistake: an empty store or a query that cannot
// be answered gives `ready` false with the page data saying why (an error summary linked to the
// field, the form to choose again) and the status to answer with (200 for an empty store, 400
// for a bad query). Reference data that cannot be loaded is the server's problem and throws.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "measures/scorecard.hpp"
#include "server/measures_query.hpp"
#include "server/measures_service.hpp"
#include "server/site.hpp"

namespace lens::server {

struct MeasuresPage {
  bool ready = false;
  int status = 200;
  std::shared_ptr<const measures::Snapshot> snapshot;
  MeasuresQuery query;
  nlohmann::json data = nlohmann::json::object();
};

MeasuresPage open_measures_page(Context& ctx, MeasuresService& measures, const std::string& form_action);

// Adds what a computed scorecard says about itself: area name, period, last period, notes.
void describe_scorecard(nlohmann::json& data, const measures::Scorecard& card, const nlohmann::ordered_json& json);

}  // namespace lens::server
