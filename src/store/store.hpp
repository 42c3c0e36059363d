// store.hpp — the system of record: where the child journey records and the history of imports
// are kept, behind one interface with an SQLite implementation (embedded, the default) and,
// later, a PostgreSQL one. Callers never see SQL or a backend type.
//
// Contract:
// - Opening a store applies any pending migrations (migrations.hpp) in one transaction; a store
//   newer than this program is refused with a message saying so.
// - import_census writes one census in one transaction: either all of it is stored or nothing
//   changes. A census holds the children in need during its year (1 April to 31 March), each
//   with the history the authority keeps, so the store merges an authority's censuses of
//   several years into one history (merge_censuses, model/census_merge.hpp). A census at least
//   as new as the newest held (collection year, then reference date) replaces every record it
//   holds — a child's details, and each episode, matched by referral date — and drops the held
//   episodes open on or after 1 April of its year's start that it does not hold (it would carry
//   them were they real); episodes closed before its year stay as history. An older census adds
//   only the history the store lacks (episodes it alone holds that closed before the newest
//   year held), never overriding a record. Content identical to the import held for that
//   authority and collection year (same SHA-256) changes nothing and returns
//   ImportOutcome::Unchanged; a census of a year already held returns Replaced, any other Imported.
//   census_header is the newest census's; census_years lists every year merged in.
// - import_ssda903 writes one authority's SSDA903 return for one collection year in one
//   transaction: all of it or nothing. A 903 return carries one year only (the care open during
//   the year to 31 March), so the store keeps every year it is given: the return replaces the
//   authority's return for the same year and leaves its other years alone — last year's return
//   imported after this year's adds history rather than replacing anything. Content identical
//   to what is stored for that year (same SHA-256) changes nothing and returns Unchanged.
//   Reads merge a child's years into one history, the newest year winning (merge_years in
//   looked_after.hpp). Looked-after children are keyed by la and LA child id like CIN children,
//   so a child's CIN and looked-after records are found with the same key.
// - Reads return copies; a Store object is used from one thread at a time (open one per thread).
// - Errors (cannot open, disk full, constraint broken) throw StoreError with a plain message.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/child_journey.hpp"
#include "store/accounts.hpp"
#include "store/audit_log.hpp"
#include "model/looked_after.hpp"

namespace lens {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where a census came from, recorded with the import.
struct ImportSource {
  std::string file_name;  // as the user named it (path or upload name)
  std::string sha256;     // of the file's bytes, lower-case hex
  std::string imported_by = "cli";
};

struct ImportRecord {
  std::int64_t id = 0;
  std::string imported_at;  // UTC, "YYYY-MM-DDTHH:MM:SSZ"
  std::string file_name;
  std::string sha256;
  std::string la;
  int collection_year = 0;
  OptDate reference_date;
  std::int64_t children = 0;
  std::int64_t episodes = 0;
  std::string imported_by;
  std::string outcome;  // "imported", or "replaced" when that authority and year were held
};

enum class ImportOutcome { Imported, Replaced, Unchanged };

// One line of a children search result: enough to tell children apart, not their record.
struct ChildSummary {
  std::string la;
  std::string la_child_id;
  std::string upn;
  OptDate birth;
  std::string gender;
  std::int64_t episodes = 0;
  OptDate latest_referral;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual int schema_version() const = 0;

  virtual ImportOutcome import_census(const Census& census, const ImportSource& source) = 0;

  // Imports, newest first.
  virtual std::vector<ImportRecord> imports() const = 0;
  // DfE LA numbers that have records (a CIN census or a 903 return), ascending.
  virtual std::vector<std::string> authorities() const = 0;
  // The header of the newest census held for an authority, if any.
  virtual std::optional<CensusHeader> census_header(const std::string& la) const = 0;
  // Collection years of the censuses merged into an authority's records, ascending.
  virtual std::vector<int> census_years(const std::string& la) const = 0;
  // Every child of an authority (or of all authorities when `la` is empty), with their whole
  // journey, ordered by LA and child id. Streams: one child in memory at a time.
  virtual void for_each_child(const std::string& la,
                              const std::function<void(Child&&)>& visit) const = 0;
  virtual std::optional<Child> find_child(const std::string& la,
                                          const std::string& la_child_id) const = 0;
  virtual std::int64_t count_children(const std::string& la) const = 0;
  // Children whose LA child id contains `text`, or whose UPN or former UPN starts with it
  // (ignoring case), or, when `text` is a date (YYYY-MM-DD or DD/MM/YYYY), who were born on it.
  // At most `limit`, ordered by LA and child id. Empty text finds nobody.
  virtual std::vector<ChildSummary> search_children(const std::string& text, int limit) const = 0;

  // Accounts, sessions and access grants (accounts.hpp) and the audit log (audit_log.hpp), kept in
  // the same store and so under the same one-thread-at-a-time rule.
  virtual AccountStore& accounts() = 0;
  virtual AuditLog& audit() = 0;

  // Children looked after (SSDA903). The return's children are stored under r.la and
  // r.collection_year, whatever their own la and years fields say.
  virtual ImportOutcome import_ssda903(const LookedAfterReturn& r, const ImportSource& source) = 0;
  // 903 imports, newest first (reference_date is never set).
  virtual std::vector<ImportRecord> ssda903_imports() const = 0;
  // Collection years held for an authority, ascending.
  virtual std::vector<int> ssda903_years(const std::string& la) const = 0;
  // Every looked-after child of an authority (all authorities when `la` is empty), each with
  // all the years held merged, ordered by LA and child id. Streams: one child at a time.
  virtual void for_each_looked_after_child(const std::string& la,
                                           const std::function<void(LookedAfterChild&&)>& visit) const = 0;
  virtual std::optional<LookedAfterChild> find_looked_after_child(const std::string& la,
                                                                  const std::string& la_child_id) const = 0;
  // Distinct children with 903 records (in any year).
  virtual std::int64_t count_looked_after_children(const std::string& la) const = 0;
};

// Opens (creating if needed) an SQLite store file.
std::unique_ptr<Store> open_sqlite_store(const std::string& path);
// Connects to a PostgreSQL database, e.g. "postgresql://lens:secret@db.example:5432/lens"
// (any libpq connection string; PGHOST, PGUSER, PGPASSWORD… are honoured as by psql).
std::unique_ptr<Store> open_postgres_store(const std::string& url);

}  // namespace lens
