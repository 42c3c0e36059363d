#include "server/password.hpp"

#include <gtest/gtest.h>

#include <set>

namespace lens::server {
namespace {

TEST(Password, HashIsArgon2idAndVerifiesOnlyTheSamePassword) {
  std::string h = hash_password("correct horse battery");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u) << h;
  EXPECT_TRUE(verify_password(h, "correct horse battery"));
  EXPECT_FALSE(verify_password(h, "correct horse batterz"));
  EXPECT_FALSE(verify_password("", "x"));
  EXPECT_FALSE(verify_password("not a hash", "x"));
  // Salted: the same password hashes differently each time.
  EXPECT_NE(hash_password("correct horse battery"), h);
}

TEST(Password, TokensAreRandomHexOfTheAskedLength) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    auto t = random_token_hex();
    EXPECT_EQ(t.size(), 64u);
    EXPECT_EQ(t.find_first_not_of("0123456789abcdef"), std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_EQ(random_token_hex(16).size(), 32u);
}

TEST(Password, OneOffPasswordsAreLongAndAcceptable) {
  auto p = random_password();
  EXPECT_EQ(p.size(), 20u);
  EXPECT_EQ(password_problem(p), "");
  EXPECT_NE(random_password(), p);
}

TEST(Password, ShortPasswordsAreRefused) {
  EXPECT_NE(password_problem("elevenchars"), "");  // 11
  EXPECT_EQ(password_problem("twelve chars"), "");  // 12
}

TEST(Password, SameSecretComparesWholeValues) {
  EXPECT_TRUE(same_secret("abc", "abc"));
  EXPECT_FALSE(same_secret("abc", "abd"));
  EXPECT_FALSE(same_secret("abc", "ab"));
  EXPECT_FALSE(same_secret("", ""));  // an empty token never matches
}

}  // namespace
}  // namespace lens::server
