// The audit chain: entries link by hash, and any change to a stored entry is found.
#include "store/audit_log.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "store/store.hpp"

namespace lens {
namespace {

namespace fs = std::filesystem;

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("lens-audit-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = dir_ + "/lens.db";
    store_ = open_sqlite_store(path_);
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  void append_three() {
    store_->audit().append({"alice", "Council", "login", "user/alice", "", "ok"});
    store_->audit().append({"alice", "Council", "child.view", "child/318/C1", "", "ok"});
    store_->audit().append({"bob", "Police", "child.view", "child/318/C1", "s47 enquiry", "ok"});
  }
  // Changes the store behind Lens's back, as someone with the file could.
  void tamper(const std::string& sql) {
    store_.reset();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    std::string msg = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << msg;
    store_ = open_sqlite_store(path_);
  }

  std::string dir_, path_;
  std::unique_ptr<Store> store_;
};

TEST_F(AuditLogTest, EachEntryChainsToTheOneBefore) {
  append_three();
  std::vector<AuditEntry> all;
  store_->audit().for_each_entry([&](const AuditEntry& e) { all.push_back(e); });
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].seq, 1);
  EXPECT_EQ(all[0].prev_hash, kAuditGenesisHash);
  EXPECT_EQ(all[1].prev_hash, all[0].hash);
  EXPECT_EQ(all[2].prev_hash, all[1].hash);
  EXPECT_EQ(all[2].event.reason, "s47 enquiry");
  EXPECT_EQ(all[2].hash, audit_entry_hash(all[2]));
  auto v = verify_audit_chain(store_->audit());
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.entries, 3);
  EXPECT_EQ(v.last_hash, all[2].hash);
  auto recent = store_->audit().recent(2);
  ASSERT_EQ(recent.size(), 2u);
  EXPECT_EQ(recent[0].seq, 3);
}

TEST_F(AuditLogTest, AnEmptyLogIsIntact) {
  auto v = verify_audit_chain(store_->audit());
  EXPECT_TRUE(v.intact);
  EXPECT_EQ(v.entries, 0);
}

TEST_F(AuditLogTest, TheHashCoversEveryField) {
  AuditEntry e{4, "2026-01-01T00:00:00Z", {"a", "o", "act", "rec", "why", "ok"}, "p", ""};
  std::string h = audit_entry_hash(e);
  auto differs = [&](auto change) {
    AuditEntry c = e;
    change(c);
    return audit_entry_hash(c) != h;
  };
  EXPECT_TRUE(differs([](AuditEntry& c) { c.seq = 5; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.at = "2026-01-01T00:00:01Z"; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.event.username = "b"; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.event.organisation = "p"; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.event.action = "x"; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.event.record = "x"; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.event.reason = "x"; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.event.outcome = "x"; }));
  EXPECT_TRUE(differs([](AuditEntry& c) { c.prev_hash = "q"; }));
  // Moving text between fields changes the hash too (fields are length-prefixed).
  EXPECT_TRUE(differs([](AuditEntry& c) {
    c.event.action = "ac";
    c.event.record = "trec";
  }));
}

TEST_F(AuditLogTest, UpdatesAndDeletesAreRefusedByTheStore) {
  append_three();
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE audit_log SET reason = 'x'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit_log", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

TEST_F(AuditLogTest, AChangedEntryIsFound) {
  append_three();
  tamper("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'none' WHERE seq = 2");
  auto v = verify_audit_chain(store_->audit());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.broken_at, 2);
  EXPECT_EQ(v.entries, 1);
  EXPECT_NE(v.problem.find("changed after it was written"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, ARehashedEntryBreaksTheNextLink) {
  append_three();
  // Someone who changes entry 1 and recomputes its hash still breaks entry 2's link.
  tamper("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET username = 'mallory', hash = "
         "'0123' WHERE seq = 1");
  auto v = verify_audit_chain(store_->audit());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.broken_at, 1);  // its own hash no longer matches
}

TEST_F(AuditLogTest, ADeletedEntryIsFound) {
  append_three();
  tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2");
  auto v = verify_audit_chain(store_->audit());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.broken_at, 3);
  EXPECT_NE(v.problem.find("missing"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, AppendsFromTwoConnectionsStayOneChain) {
  auto other = open_sqlite_store(path_);
  for (int i = 0; i < 10; ++i) {
    store_->audit().append({"a", "o", "x", std::to_string(i), "", "ok"});
    other->audit().append({"b", "o", "x", std::to_string(i), "", "ok"});
  }
  auto v = verify_audit_chain(*&other->audit());
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.entries, 20);
}

}  // namespace
}  // namespace lens
