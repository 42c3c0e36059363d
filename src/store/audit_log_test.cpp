// The audit chain: entries link by hash, and any change to a stored entry is found.
#include "store/audit_log.hpp"

#include <gtest/gtest.h>
#include "store/store.hpp"
#include "support/test_stores.hpp"

namespace lens {
namespace {

class AuditLogTest : public testing::TestStoreBase {
 protected:
  void append_three() {
    store_->audit().append({"alice", "Council", "login", "user/alice", "", "ok"});
    store_->audit().append({"alice", "Council", "child.view", "child/318/C1", "", "ok"});
    store_->audit().append({"bob", "Police", "child.view", "child/318/C1", "s47 enquiry", "ok"});
  }
  // Changes the log behind Lens's back, as someone with the database could, after switching
  // off the append-only triggers.
  void tamper(const std::string& change) {
    raw_sql("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + change,
            "ALTER TABLE audit_log DISABLE TRIGGER USER; " + change);
    ASSERT_EQ(last_raw_sql_error_, "");
  }
};

TEST_P(AuditLogTest, EachEntryChainsToTheOneBefore) {
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

TEST_P(AuditLogTest, AnEmptyLogIsIntact) {
  auto v = verify_audit_chain(store_->audit());
  EXPECT_TRUE(v.intact);
  EXPECT_EQ(v.entries, 0);
}

TEST(AuditChain, TheHashCoversEveryField) {
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

TEST_P(AuditLogTest, UpdatesAndDeletesAreRefusedByTheStore) {
  append_three();
  raw_sql("UPDATE audit_log SET reason = 'x'", "UPDATE audit_log SET reason = 'x'");
  EXPECT_NE(last_raw_sql_error_.find("append-only"), std::string::npos) << last_raw_sql_error_;
  raw_sql("DELETE FROM audit_log", "DELETE FROM audit_log");
  EXPECT_NE(last_raw_sql_error_.find("append-only"), std::string::npos) << last_raw_sql_error_;
  EXPECT_EQ(verify_audit_chain(store_->audit()).entries, 3);
}

TEST_P(AuditLogTest, AChangedEntryIsFound) {
  append_three();
  tamper("UPDATE audit_log SET reason = 'none' WHERE seq = 2");
  auto v = verify_audit_chain(store_->audit());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.broken_at, 2);
  EXPECT_EQ(v.entries, 1);
  EXPECT_NE(v.problem.find("changed after it was written"), std::string::npos) << v.problem;
}

TEST_P(AuditLogTest, ARehashedEntryBreaksTheNextLink) {
  append_three();
  ASSERT_EQ(store_->audit().recent(3).back().seq, 1);
  // Someone who changes entry 1 and recomputes its hash (the function is public) makes entry 1
  // look right, but entry 2 still carries the old hash as its predecessor.
  AuditEntry first = store_->audit().recent(3).back();
  first.event.username = "mallory";
  first.hash = audit_entry_hash(first);
  tamper("UPDATE audit_log SET username = 'mallory', hash = '" + first.hash + "' WHERE seq = 1");
  auto v = verify_audit_chain(store_->audit());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.broken_at, 2);
  EXPECT_NE(v.problem.find("does not follow"), std::string::npos) << v.problem;
}

TEST_P(AuditLogTest, ADeletedEntryIsFound) {
  append_three();
  tamper("DELETE FROM audit_log WHERE seq = 2");
  auto v = verify_audit_chain(store_->audit());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.broken_at, 3);
  EXPECT_NE(v.problem.find("missing"), std::string::npos) << v.problem;
}

TEST_P(AuditLogTest, AppendsFromTwoConnectionsStayOneChain) {
  auto other = open();
  for (int i = 0; i < 10; ++i) {
    store_->audit().append({"a", "o", "x", std::to_string(i), "", "ok"});
    other->audit().append({"b", "o", "x", std::to_string(i), "", "ok"});
  }
  auto v = verify_audit_chain(*&other->audit());
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.entries, 20);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditLogTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace lens
