// access.hpp — who may see what (spec/security.md), as data: the roles, what each grants, the
// kinds of organisation, and the reasons a user can give to open another organisation's child.
//
// A user's permissions are the union of their roles' permissions; `admin` manages accounts and
// reads the audit log but sees no child data by itself. Child-level access: a user with
// ViewChildren sees the children of the authority their organisation works with (its `la`);
// any other child needs a stated reason, recorded in the audit log, which opens that one record
// for kChildAccessGrantSeconds. Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/accounts.hpp"

namespace lens::server {

enum class Permission {
  ManageAccounts,  // users, organisations, roles, password resets
  ViewAuditLog,
  ViewAggregates,  // dashboards, indicators (small numbers suppressed without ViewChildren)
  ViewChildren,    // child-level records, chronologies, timescale lists
  ImportData,      // upload returns, see the import history
};

struct RoleInfo {
  std::string name;
  std::string description;
  std::vector<Permission> permissions;
};
const std::vector<RoleInfo>& roles();
bool is_role(const std::string& name);

struct OrganisationKind {
  std::string code;
  std::string name;
};
const std::vector<OrganisationKind>& organisation_kinds();
bool is_organisation_kind(const std::string& code);

// The reasons offered for opening another organisation's child ("Other" needs free text).
const std::vector<std::string>& child_access_reasons();
inline constexpr std::int64_t kChildAccessGrantSeconds = 4 * 60 * 60;

struct Principal {
  User user;
  Organisation organisation;
};

bool has_permission(const User& user, Permission p);
inline bool has_permission(const Principal& who, Permission p) {
  return has_permission(who.user, p);
}

enum class ChildAccess {
  Denied,       // no child-level role
  NeedsReason,  // another organisation's child: a recorded reason opens it for a while
  Allowed,      // a child of the authority the user's organisation works with
};
ChildAccess child_access(const Principal& who, const std::string& child_la);

// Cells below this are suppressed in aggregates shown to users without ViewChildren.
inline constexpr std::int64_t kSmallNumberThreshold = 5;

}  // namespace lens::server
