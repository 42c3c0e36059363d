// audit_log.hpp — the append-only, tamper-evident record of who did what to which record.
//
// Every entry carries the hash of the entry before it (the first carries 64 zeros), and its own
// hash covers its fields and that previous hash (audit_entry_hash). Changing, removing or
// reordering any entry breaks the chain from there on, and verify_audit_chain says where. Entries
// are numbered from 1 with no gaps. Backends make appends atomic (read the last hash and write the
// new entry in one write transaction) and refuse UPDATE and DELETE on the table.
// What the chain cannot show alone: entries cut off the end. Keep the count and last hash that
// `lens audit verify` prints (in a report, a ticket) to prove that later.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lens {

// What happened, as the caller says it.
struct AuditEvent {
  std::string username;      // "" for the system, e.g. "lens demo"
  std::string organisation;  // the user's organisation name
  std::string action;        // e.g. "child.view", "login", "user.create", "census.import"
  std::string record;        // what it was done to, e.g. "child/318/RND001", "user/alice"
  std::string reason;        // the stated reason, when one is needed
  std::string outcome;       // "ok", "refused", "failed: ...", ...
};

struct AuditEntry {
  std::int64_t seq = 0;
  std::string at;  // UTC ISO 8601
  AuditEvent event;
  std::string prev_hash;
  std::string hash;
};

inline constexpr const char* kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256 (hex) over the entry's sequence number, time, event fields and previous hash, each
// length-prefixed so that no two different entries hash the same text.
std::string audit_entry_hash(const AuditEntry& entry);

class AuditLog {
 public:
  virtual ~AuditLog() = default;
  // Appends an entry stamped with the current UTC time and returns it as stored.
  virtual AuditEntry append(const AuditEvent& event) = 0;
  // Every entry in sequence order; streams.
  virtual void for_each_entry(const std::function<void(const AuditEntry&)>& visit) const = 0;
  // The newest `limit` entries, newest first.
  virtual std::vector<AuditEntry> recent(int limit) const = 0;
};

struct AuditVerification {
  bool intact = true;
  std::int64_t entries = 0;
  std::string last_hash = kAuditGenesisHash;
  std::int64_t broken_at = 0;  // sequence number of the first bad entry
  std::string problem;         // in plain words
};

AuditVerification verify_audit_chain(const AuditLog& log);

}  // namespace lens
