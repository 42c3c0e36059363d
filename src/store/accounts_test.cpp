// AccountStore and the children search, through the SQLite store.
#include "store/accounts.hpp"

#include <gtest/gtest.h>

#include "store/store.hpp"
#include "support/sample_census.hpp"
#include "support/test_stores.hpp"

namespace lens {
namespace {

class AccountsTest : public testing::TestStoreBase {
 protected:
  AccountStore& acc() { return store_->accounts(); }
  std::int64_t council() {
    return acc().add_organisation({0, "Council children's social care", "council_csc", "318"});
  }
};

TEST_P(AccountsTest, UsersKeepOrganisationRolesAndPassword) {
  auto org = council();
  User u;
  u.username = "alice";
  u.display_name = "Alice Example";
  u.organisation_id = org;
  u.roles = {"practitioner", "manager", "practitioner"};  // duplicates collapse
  auto id = acc().add_user(u, "hash-1");
  auto back = acc().user_by_name("alice");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->id, id);
  EXPECT_EQ(back->organisation_id, org);
  EXPECT_EQ(back->roles, (std::vector<std::string>{"manager", "practitioner"}));
  EXPECT_EQ(acc().password_hash(id), "hash-1");
  acc().set_password_hash(id, "hash-2", true);
  EXPECT_EQ(acc().password_hash(id), "hash-2");
  EXPECT_TRUE(acc().user(id)->must_change_password);
  acc().set_roles(id, {"analyst"});
  EXPECT_EQ(acc().user(id)->roles, std::vector<std::string>{"analyst"});
  acc().set_active(id, false);
  EXPECT_FALSE(acc().user(id)->active);
  EXPECT_FALSE(acc().user_by_name("bob"));
}

TEST_P(AccountsTest, DuplicateNamesAndUnknownOrganisationsAreRefused) {
  auto org = council();
  EXPECT_THROW(council(), StoreError);
  User u;
  u.username = "alice";
  u.organisation_id = org;
  acc().add_user(u, "h");
  EXPECT_THROW(acc().add_user(u, "h"), StoreError);
  u.username = "bob";
  u.organisation_id = org + 100;
  EXPECT_THROW(acc().add_user(u, "h"), StoreError);
}

TEST_P(AccountsTest, SessionsAreFoundByTokenHashAndRemoved) {
  User u;
  u.username = "alice";
  u.organisation_id = council();
  auto id = acc().add_user(u, "h");
  acc().add_session({"t1", id, "csrf1", 100, 100});
  acc().add_session({"t2", id, "csrf2", 100, 100});
  acc().touch_session("t1", 150);
  EXPECT_EQ(acc().session("t1")->last_seen_at, 150);
  EXPECT_EQ(acc().session("t1")->csrf_token, "csrf1");
  acc().remove_session("t1");
  EXPECT_FALSE(acc().session("t1"));
  EXPECT_TRUE(acc().session("t2"));
  acc().remove_sessions_of(id);
  EXPECT_FALSE(acc().session("t2"));
}

TEST_P(AccountsTest, FailedLoginsAreCountedPerUserAndPerAddressSinceATime) {
  acc().record_login_attempt("alice", "10.0.0.1", 100, false);
  acc().record_login_attempt("alice", "10.0.0.2", 200, false);
  acc().record_login_attempt("alice", "10.0.0.2", 250, true);  // successes are not failures
  acc().record_login_attempt("bob", "10.0.0.2", 300, false);
  // Since 150: alice failed once (at 200); 10.0.0.2 failed twice (alice at 200, bob at 300).
  EXPECT_EQ(acc().failed_logins_for_user("alice", 150), 1);
  EXPECT_EQ(acc().failed_logins_for_user("alice", 100), 2);
  EXPECT_EQ(acc().failed_logins_from("10.0.0.2", 150), 2);
  EXPECT_EQ(acc().failed_logins_from("10.0.0.9", 0), 0);
  // Attempts older than a day are pruned when a new one is recorded: at 200 + a day + 1 s the
  // cut-off is 201, so alice's failures at 100 and 200 go and bob's at 300 stays.
  acc().record_login_attempt("carol", "x", 200 + 24 * 3600 + 1, false);
  EXPECT_EQ(acc().failed_logins_for_user("bob", 0), 1);
  EXPECT_EQ(acc().failed_logins_for_user("alice", 0), 0);
}

TEST_P(AccountsTest, ChildAccessGrantsHoldOnlyUntilTheyExpire) {
  User u;
  u.username = "alice";
  u.organisation_id = council();
  auto id = acc().add_user(u, "h");
  acc().grant_child_access(id, "318", "C1", "Section 47 enquiry", 1000, 2000);
  EXPECT_FALSE(acc().has_child_access(id, "318", "C1", 999));
  EXPECT_TRUE(acc().has_child_access(id, "318", "C1", 1000));
  EXPECT_TRUE(acc().has_child_access(id, "318", "C1", 1999));
  EXPECT_FALSE(acc().has_child_access(id, "318", "C1", 2000));  // expiry is exclusive
  EXPECT_FALSE(acc().has_child_access(id, "318", "C2", 1500));  // another child
  EXPECT_FALSE(acc().has_child_access(id, "319", "C1", 1500));  // another authority
}

TEST_P(AccountsTest, SearchFindsChildrenByIdUpnAndBirthDate) {
  // sample_census: C1000 and C1001 are full children (UPN A123456789012, born 2010-02-28),
  // C1002 is unborn (no UPN, no birth date).
  store_->import_census(testing::sample_census("318", 2017), {"c.xml", "s", "test"});
  auto ids = [](const std::vector<ChildSummary>& v) {
    std::vector<std::string> out;
    for (const auto& c : v) out.push_back(c.la_child_id);
    return out;
  };
  EXPECT_EQ(ids(store_->search_children("c100", 10)),
            (std::vector<std::string>{"C1000", "C1001", "C1002"}));
  EXPECT_EQ(ids(store_->search_children(" 1002 ", 10)), std::vector<std::string>{"C1002"});
  EXPECT_EQ(ids(store_->search_children("a1234", 10)),
            (std::vector<std::string>{"C1000", "C1001"}));
  EXPECT_EQ(ids(store_->search_children("b12345678901c", 10)),  // former UPN
            (std::vector<std::string>{"C1000", "C1001"}));
  EXPECT_EQ(ids(store_->search_children("28/02/2010", 10)),
            (std::vector<std::string>{"C1000", "C1001"}));
  EXPECT_EQ(ids(store_->search_children("2010-02-28", 1)), std::vector<std::string>{"C1000"});
  EXPECT_TRUE(store_->search_children("", 10).empty());
  EXPECT_TRUE(store_->search_children("%", 10).empty());  // LIKE wildcards are literal
  auto first = store_->search_children("C1000", 10).front();
  EXPECT_EQ(first.episodes, 2);
  EXPECT_EQ(first.latest_referral, Date::parse("2016-11-30"));
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountsTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace lens
