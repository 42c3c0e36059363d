#include "server/access.hpp"

#include <gtest/gtest.h>

namespace lens::server {
namespace {

Principal someone(std::vector<std::string> roles, std::string org_la = "318") {
  Principal p;
  p.user.username = "u";
  p.user.roles = std::move(roles);
  p.organisation.name = "Org";
  p.organisation.la = std::move(org_la);
  return p;
}

TEST(Access, AdminManagesAccountsButSeesNoChildData) {
  auto admin = someone({"admin"});
  EXPECT_TRUE(has_permission(admin, Permission::ManageAccounts));
  EXPECT_TRUE(has_permission(admin, Permission::ViewAuditLog));
  EXPECT_FALSE(has_permission(admin, Permission::ViewChildren));
  EXPECT_FALSE(has_permission(admin, Permission::ViewAggregates));
  EXPECT_EQ(child_access(admin, "318"), ChildAccess::Denied);
}

TEST(Access, PermissionsAreTheUnionOfRoles) {
  auto p = someone({"practitioner", "analyst"});
  EXPECT_TRUE(has_permission(p, Permission::ViewChildren));
  EXPECT_TRUE(has_permission(p, Permission::ImportData));
  EXPECT_FALSE(has_permission(p, Permission::ManageAccounts));
  EXPECT_FALSE(has_permission(someone({"no_such_role"}), Permission::ViewAggregates));
}

TEST(Access, ScrutineersSeeAggregatesOnly) {
  auto s = someone({"scrutineer"});
  EXPECT_TRUE(has_permission(s, Permission::ViewAggregates));
  EXPECT_EQ(child_access(s, "318"), ChildAccess::Denied);
}

TEST(Access, PractitionersOpenTheirOwnAuthoritysChildrenAndNeedAReasonForOthers) {
  auto p = someone({"practitioner"}, "318");
  EXPECT_EQ(child_access(p, "318"), ChildAccess::Allowed);
  EXPECT_EQ(child_access(p, "319"), ChildAccess::NeedsReason);
  // An organisation that works with no authority (police, say) always needs a reason.
  EXPECT_EQ(child_access(someone({"practitioner"}, ""), "318"), ChildAccess::NeedsReason);
}

TEST(Access, ADeactivatedUserHasNoPermissions) {
  auto p = someone({"admin", "manager"});
  p.user.active = false;
  EXPECT_FALSE(has_permission(p, Permission::ManageAccounts));
  EXPECT_EQ(child_access(p, "318"), ChildAccess::Denied);
}

TEST(Access, RolesAndKindsAreKnownByName) {
  EXPECT_TRUE(is_role("partnership_manager"));
  EXPECT_FALSE(is_role("superuser"));
  EXPECT_TRUE(is_organisation_kind("police"));
  EXPECT_FALSE(is_organisation_kind("pub"));
  EXPECT_EQ(child_access_reasons().back(), "Other");
}

}  // namespace
}  // namespace lens::server
