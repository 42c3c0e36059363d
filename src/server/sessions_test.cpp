#include "server/sessions.hpp"

#include <gtest/gtest.h>

#include "core/sha256.hpp"
#include "server/login_throttle.hpp"
#include "store/store.hpp"
#include "support/test_stores.hpp"

namespace lens::server {
namespace {

class SessionsTest : public lens::testing::TestStoreBase {
 protected:
  void SetUp() override {
    TestStoreBase::SetUp();
    auto org = acc().add_organisation({0, "Council", "council_csc", "318"});
    User u;
    u.username = "alice";
    u.organisation_id = org;
    user_ = acc().add_user(u, "h");
  }
  AccountStore& acc() { return store_->accounts(); }
  std::int64_t user_ = 0;
  SessionPolicy policy_;  // idle 1800 s, absolute 43200 s, touch every 60 s
};

TEST_P(SessionsTest, TheStoreKeepsOnlyTheTokensHash) {
  auto s = start_session(acc(), user_, 1000);
  EXPECT_EQ(s.token.size(), 64u);
  EXPECT_FALSE(acc().session(s.token));
  EXPECT_TRUE(acc().session(sha256_hex(s.token)));
  auto found = find_session(acc(), s.token, 1001, policy_);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user_id, user_);
  EXPECT_EQ(found->csrf_token, s.csrf_token);
  EXPECT_FALSE(find_session(acc(), std::string(64, 'a'), 1001, policy_));
  EXPECT_FALSE(find_session(acc(), "short", 1001, policy_));
}

TEST_P(SessionsTest, IdleSessionsExpire) {
  auto s = start_session(acc(), user_, 1000);
  // Seen at 1000 + 1799: still live (idle 1799 < 1800), and last-seen moves to 2799.
  ASSERT_TRUE(find_session(acc(), s.token, 2799, policy_));
  // 2799 + 1799 = 4598: live again, because the previous request counted as activity.
  ASSERT_TRUE(find_session(acc(), s.token, 4598, policy_));
  // 4598 + 1800: idle for exactly the limit, so it has ended and is removed.
  EXPECT_FALSE(find_session(acc(), s.token, 6398, policy_));
  EXPECT_FALSE(find_session(acc(), s.token, 4600, policy_));
}

TEST_P(SessionsTest, SessionsEndAtTheAbsoluteLimitHoweverActive) {
  auto s = start_session(acc(), user_, 0);
  std::int64_t t = 0;
  for (; t < 43200; t += 1000) ASSERT_TRUE(find_session(acc(), s.token, t, policy_)) << t;
  EXPECT_FALSE(find_session(acc(), s.token, 43200, policy_));
}

TEST_P(SessionsTest, EndingASessionRemovesIt) {
  auto s = start_session(acc(), user_, 1000);
  end_session(acc(), s.token);
  EXPECT_FALSE(find_session(acc(), s.token, 1001, policy_));
}

TEST_P(SessionsTest, ThrottleRefusesAfterFiveFailuresForAUserUntilTheWindowPasses) {
  ThrottlePolicy p;  // 5 per user, 20 per address, 900 s
  for (int i = 0; i < 4; ++i) acc().record_login_attempt("alice", "a1", 100 + i, false);
  EXPECT_FALSE(login_throttled(acc(), "alice", "a1", 110, p));
  acc().record_login_attempt("alice", "a2", 104, false);  // fifth failure, another address
  EXPECT_TRUE(login_throttled(acc(), "alice", "a9", 110, p));
  EXPECT_FALSE(login_throttled(acc(), "bob", "a9", 110, p));
  // The first failure (at 100) leaves the window at 100 + 900: then only four remain.
  EXPECT_TRUE(login_throttled(acc(), "alice", "a9", 999, p));
  EXPECT_FALSE(login_throttled(acc(), "alice", "a9", 1000, p));
}

TEST_P(SessionsTest, ThrottleRefusesAnAddressTryingManyNames) {
  ThrottlePolicy p;
  for (int i = 0; i < 20; ++i)
    acc().record_login_attempt("user" + std::to_string(i), "evil", 100, false);
  EXPECT_TRUE(login_throttled(acc(), "someone-new", "evil", 101, p));
  EXPECT_FALSE(login_throttled(acc(), "someone-new", "good", 101, p));
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionsTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace lens::server
