// The hash chain of the audit log: the same computation for every backend.
#include <string>

#include "core/sha256.hpp"
#include "store/audit_log.hpp"

namespace lens {
namespace {
void field(std::string& out, const std::string& value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}
}  // namespace

std::string audit_entry_hash(const AuditEntry& e) {
  std::string text;
  field(text, std::to_string(e.seq));
  field(text, e.at);
  field(text, e.event.username);
  field(text, e.event.organisation);
  field(text, e.event.action);
  field(text, e.event.record);
  field(text, e.event.reason);
  field(text, e.event.outcome);
  field(text, e.prev_hash);
  return sha256_hex(text);
}

AuditVerification verify_audit_chain(const AuditLog& log) {
  AuditVerification v;
  log.for_each_entry([&](const AuditEntry& e) {
    if (!v.intact) return;
    auto broken = [&](std::string why) {
      v.intact = false;
      v.broken_at = e.seq;
      v.problem = "entry " + std::to_string(e.seq) + ": " + std::move(why);
    };
    if (e.seq != v.entries + 1)
      broken("expected entry " + std::to_string(v.entries + 1) +
             " here; entries are missing or renumbered");
    else if (e.prev_hash != v.last_hash)
      broken("it does not follow the entry before it (previous hash differs); an entry before "
             "it was changed or removed");
    else if (audit_entry_hash(e) != e.hash)
      broken("its contents do not match its hash; it was changed after it was written");
    if (!v.intact) return;
    ++v.entries;
    v.last_hash = e.hash;
  });
  return v;
}

}  // namespace lens
