#include "server/access.hpp"

#include <algorithm>

namespace lens::server {

const std::vector<RoleInfo>& roles() {
  using P = Permission;
  static const std::vector<RoleInfo> all = {
      {"admin", "Accounts and settings; reads the audit log; no child data",
       {P::ManageAccounts, P::ViewAuditLog}},
      {"partnership_manager", "Partnership business manager: dashboards, reports, data uploads",
       {P::ViewAggregates, P::ImportData}},
      {"analyst", "Performance analyst: dashboards, indicators, data uploads",
       {P::ViewAggregates, P::ImportData}},
      {"scrutineer", "Independent scrutineer: aggregates and reports only", {P::ViewAggregates}},
      {"manager", "Team manager: own organisation's children, timescales, dashboards",
       {P::ViewAggregates, P::ViewChildren}},
      {"practitioner", "Practitioner: own organisation's children and their chronologies",
       {P::ViewChildren}},
      {"lado", "Local authority designated officer (LADO records when they exist)", {}},
      {"child_death", "Child death review coordinator (child death records when they exist)", {}},
      {"auditor", "Multi-agency audit group member: aggregates", {P::ViewAggregates}},
      {"agency_lead", "Agency safeguarding lead: own organisation's returns, aggregates",
       {P::ViewAggregates}},
  };
  return all;
}

bool is_role(const std::string& name) {
  const auto& r = roles();
  return std::any_of(r.begin(), r.end(), [&](const RoleInfo& i) { return i.name == name; });
}

const std::vector<OrganisationKind>& organisation_kinds() {
  static const std::vector<OrganisationKind> all = {
      {"council_csc", "Council children's social care"},
      {"council_early_help", "Council early help"},
      {"council_education", "Council education"},
      {"police", "Police"},
      {"icb", "Integrated care board (ICB/CCG)"},
      {"acute_trust", "Acute trust"},
      {"community_trust", "Community trust"},
      {"mental_health_trust", "Mental health trust"},
      {"gp_practice", "GP practice"},
      {"probation", "Probation"},
      {"youth_justice", "Youth justice"},
      {"housing", "Housing"},
      {"school", "School"},
      {"voluntary", "Voluntary sector"},
      {"partnership_unit", "Partnership business unit"},
  };
  return all;
}

bool is_organisation_kind(const std::string& code) {
  const auto& k = organisation_kinds();
  return std::any_of(k.begin(), k.end(), [&](const OrganisationKind& o) { return o.code == code; });
}

const std::vector<std::string>& child_access_reasons() {
  static const std::vector<std::string> all = {
      "Strategy discussion or Section 47 enquiry",
      "Child protection conference or core group",
      "Referral received about this child",
      "Multi-agency case audit",
      "Case review (rapid review or LCSPR)",
      "Other",
  };
  return all;
}

bool has_permission(const User& user, Permission p) {
  if (!user.active) return false;
  for (const auto& name : user.roles)
    for (const auto& r : roles())
      if (r.name == name &&
          std::find(r.permissions.begin(), r.permissions.end(), p) != r.permissions.end())
        return true;
  return false;
}

ChildAccess child_access(const Principal& who, const std::string& child_la) {
  if (!has_permission(who, Permission::ViewChildren)) return ChildAccess::Denied;
  if (!who.organisation.la.empty() && who.organisation.la == child_la) return ChildAccess::Allowed;
  return ChildAccess::NeedsReason;
}

}  // namespace lens::server
