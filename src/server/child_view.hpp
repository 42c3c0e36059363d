// child_view.hpp — a child's record and chronology as pages and the API show them, and the
// access decision for one user and one child (access.hpp plus any reason they have given).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "model/child_journey.hpp"
#include "server/site.hpp"

namespace lens::server {

// Allowed (own organisation's child, or a reason given that is still in force), NeedsReason,
// or Denied.
ChildAccess child_access_now(Context& ctx, const std::string& la, const std::string& child_id);

std::string gender_label(const std::string& code);
// The child's details and chronology, newest first, keeping events whose type and agency match
// (empty = any).
nlohmann::json child_json(const Child& child, const std::string& type_filter,
                          const std::string& agency_filter);

}  // namespace lens::server
