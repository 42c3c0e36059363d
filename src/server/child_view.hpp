// child_view.hpp — a child's record and chronology as pages and the API show them, and the
// access decision for one user and one child (access.hpp plus any reason they have given).
//
// A child's records are joined on LA and LA child id: the CIN census journey and the SSDA903
// looked-after records, either of which may be missing.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "model/child_journey.hpp"
#include "model/looked_after.hpp"
#include "server/site.hpp"
#include "store/store.hpp"

namespace lens::server {

// Allowed (own organisation's child, or a reason given that is still in force), NeedsReason,
// or Denied.
ChildAccess child_access_now(Context& ctx, const std::string& la, const std::string& child_id);

// The records the store holds for one child. `cin` is always set when the child is found: the
// CIN census record, or, for a child known only from the 903, their details from its header
// (UPN, date of birth, sex as gender, ethnicity) with no episodes.
struct ChildRecordsHeld {
  Child cin;
  std::optional<LookedAfterChild> looked_after;
};
// Nullopt when the store has no record of the child at all.
std::optional<ChildRecordsHeld> find_child_records(Store& store, const std::string& la,
                                                   const std::string& child_id);
// A child's details from the 903 header, as a CIN record with no episodes.
Child child_from_looked_after(const LookedAfterChild& looked_after);

std::string gender_label(const std::string& code);
// The child's details and chronology, newest first, keeping events whose type and agency match
// (empty = any).
nlohmann::json child_json(const ChildRecordsHeld& child, const std::string& type_filter,
                          const std::string& agency_filter);

}  // namespace lens::server
