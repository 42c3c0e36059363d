// sqlite_accounts.hpp — the SQLite implementations of AccountStore and AuditLog, over the
// connection of an SqliteStore (which owns the Db and outlives them).
#pragma once

#include <memory>

#include "store/accounts.hpp"
#include "store/audit_log.hpp"
#include "store/sqlite/sqlite_db.hpp"

namespace lens::sqlite {

std::unique_ptr<AccountStore> make_account_store(Db& db);
std::unique_ptr<AuditLog> make_audit_log(Db& db);

}  // namespace lens::sqlite
